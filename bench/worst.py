#!/usr/bin/env python3
"""Worst cases that fit in a pull request (issues 12.2 and 23): each must
stay under a second and 256 MB with the release binary.

    python3 bench/worst.py [--out BENCHMARKS-worst.md]

Builds the release binary, writes each hostile file (or repository) into a
temp dir, and times the command: best of three wall-clock runs, with the
peak memory of the child (its maximum resident set, from wait4). Never run
from the test suite.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUANXI = os.path.join(ROOT, "target/release/guanxi")
AS_OF = "2026-11-23"
TARGET = 1.0
MEMORY_TARGET_MB = 256


def person(i, extra=""):
    return f"  - {{ id: p{i}, name: Person {i}, level: staff, stance: {{ us: neutral }}{extra} }}\n"


def chain(n):
    """`reports_to` each to the previous person: the old cycle check was cubic."""
    lines = ["account: Chain\nowner: o\nstakeholders:\n", person(0)]
    lines += [person(i, f", reports_to: p{i - 1}") for i in range(1, n)]
    return "".join(lines)


def loop(n):
    """One reporting loop through everybody."""
    lines = ["account: Loop\nowner: o\nstakeholders:\n"]
    lines += [person(i, f", reports_to: p{(i + 1) % n}") for i in range(n)]
    return "".join(lines)


def many_errors(n, pad=0):
    """`n` invalid values (two per person, padded to make the file big): the
    slow path, and one position per diagnostic."""
    name = "P" + "x" * pad
    lines = ["account: Errors\nowner: o\nstakeholders:\n"]
    lines += [f"  - {{ id: p{i}, name: {name}, level: boss, stance: {{ us: mentr }} }}\n" for i in range(n // 2)]
    return "".join(lines)


def big_clean(size):
    """A valid file just under `size` bytes: people and interactions."""
    head = "account: Big\nid: big\nowner: o\nstakeholders:\n" + person(0)
    out = [head, "interactions:\n"]
    total = sum(len(x) for x in out)
    i = 0
    while True:
        line = f"  - {{ date: 2026-01-01, with: [p0], kind: visit, note: 'visit number {i} of a long year of visits' }}\n"
        if total + len(line) > size - 200:
            break
        out.append(line)
        total += len(line)
        i += 1
    return "".join(out)


def timed(args, cwd, repeat=3, setup=None):
    """Best wall-clock seconds of `repeat` runs, the exit code, and the
    largest peak resident memory of those runs, in MB."""
    best, peak, code = None, 0, None
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        proc = subprocess.Popen([GUANXI] + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        code = proc.returncode
        best = secs if best is None else min(best, secs)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, code, peak


def long_with(n):
    """One interaction naming an unknown id `n` times on one line: a problem
    per entry, all on one 6n-byte line (issue 23.5)."""
    ids = ", ".join(["zhao"] * n)
    return (
        "account: Long line\nowner: o\nstakeholders:\n" + person(0)
        + f"interactions:\n  - {{ date: 2026-11-01, kind: visit, with: [{ids}] }}\n"
    )


def crowd(n):
    """One dinner with `n` people, each with intel and a cost: every rule
    that splits an interaction among its people (issue 23.9)."""
    ids = ", ".join(f"p{i}" for i in range(n))
    return (
        "account: Crowd\nowner: o\ncompetitors: [Jia]\n"
        "commercial: { currency: CNY, revenue: 100, potential: 1000, margin_pct: 10, growth_pct: 1, payment_days: 30 }\n"
        "opportunities:\n  - { name: Big, value: 1000, stage: propose, close: 2027-01-01 }\n"
        "stakeholders:\n" + "".join(person(i) for i in range(n))
        + f"interactions:\n  - {{ date: 2026-11-01, kind: meal, with: [{ids}], intel: accurate, cost: 100 }}\n"
    )


def git(cwd, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="a", GIT_AUTHOR_EMAIL="a@b", GIT_COMMITTER_NAME="a",
               GIT_COMMITTER_EMAIL="a@b", GIT_AUTHOR_DATE="2026-11-20T10:00:00", GIT_COMMITTER_DATE="2026-11-20T10:00:00")
    subprocess.run(["git", *args], cwd=cwd, check=True, env=env, stdout=subprocess.DEVNULL)


def ignore_patterns(n, tag):
    return "".join(f"generated-{tag}-{i}/*.yaml\n" for i in range(n))


def trust_cases(work, rows):
    """Issue 23's worst cases: 5 to 9."""
    for n in (40_000, 100_000):
        text = long_with(n)
        with open(os.path.join(work, "case.yaml"), "w") as f:
            f.write(text)
        for fmt in ("json", "human"):
            secs, code, peak = timed(["validate", "case.yaml", "--format", fmt, "--as-of", AS_OF], work)
            rows.append((f"`with:` of {n:,} unknown ids on one line", f"{len(text) / 1e6:.1f} MB",
                         f"validate --format {fmt}", secs, code, peak))
        os.remove(os.path.join(work, "case.yaml"))

    clean = os.path.join(work, "clean")
    os.makedirs(clean)
    with open(os.path.join(clean, "a.yaml"), "w") as f:
        f.write("account: A\nid: a\nowner: o\nstakeholders:\n" + person(0))
    ids = ",".join(["p0"] * 10_000)
    with open(os.path.join(clean, "a.yaml")) as f:
        original = f.read()

    def reset():
        with open(os.path.join(clean, "a.yaml"), "w") as f:
            f.write(original)

    secs, code, peak = timed(["log", "a", "--with", ids, "--kind", "call", "--date", "2026-11-20", "--as-of", AS_OF],
                             clean, setup=reset)
    rows.append(("`log --with` 10,000 ids", "60 KB", "log", secs, code, peak))

    repo = os.path.join(work, "ignored")
    os.makedirs(os.path.join(repo, "accounts"))
    git(repo, "init", "-q")
    with open(os.path.join(repo, "accounts", "a.yaml"), "w") as f:
        f.write(original)
    for folder, tag in ((repo, "top"), (os.path.join(repo, "accounts"), "inner")):
        with open(os.path.join(folder, ".gitignore"), "w") as f:
            f.write(ignore_patterns(100_000, tag))
    secs, code, peak = timed(["validate", "--as-of", AS_OF], repo)
    rows.append(("two `.gitignore` of 100,000 patterns", "6.6 MB", "validate", secs, code, peak))
    for folder in (repo, os.path.join(repo, "accounts")):
        os.remove(os.path.join(folder, ".gitignore"))
    exclude = "".join(f"  - generated-{i}/*.yaml\n" for i in range(100_000))
    with open(os.path.join(repo, ".guanxi.yaml"), "w") as f:
        f.write("exclude:\n" + exclude)
    secs, code, peak = timed(["validate", "--as-of", AS_OF], repo)
    rows.append(("`exclude:` of 100,000 patterns", f"{len(exclude) / 1e6:.1f} MB", "validate", secs, code, peak))

    history = os.path.join(work, "history")
    os.makedirs(os.path.join(history, "accounts"))
    git(history, "init", "-q")
    big = os.path.join(history, "accounts", "big.yaml")
    with open(big, "w") as f:
        line = "# " + "x" * 1021 + "\n"
        for _ in range(1024 * 1024):
            f.write(line)
    git(history, "add", ".")
    git(history, "commit", "-qm", "1 GiB")
    os.remove(big)
    for label, cmd in (("history", ["history", "--as-of", AS_OF]),
                       ("report", ["report", "--since", "30d", "--as-of", AS_OF])):
        secs, code, peak = timed(cmd, history)
        rows.append(("a 1 GiB account file in one commit", "1 GiB in git", label, secs, code, peak))

    deep = os.path.join(work, "deep")
    os.makedirs(deep)
    git(deep, "init", "-q")
    with open(os.path.join(work, ".guanxi.yaml"), "w") as f:
        f.write('exclude: ["*.yaml"]\n')
    folder = os.path.join(deep, *(["d"] * 200))
    os.makedirs(folder)
    with open(os.path.join(folder, "a.yaml"), "w") as f:
        f.write(original)
    secs, code, peak = timed(["validate", folder, "--as-of", AS_OF], work)
    rows.append(("settings above a work tree, 200 folders down", "1 KB", "validate", secs, code, peak))

    with open(os.path.join(work, "crowd.yaml"), "w") as f:
        text = crowd(60_000)
        f.write(text)
    for command in ("rank", "overclaimed"):
        secs, code, peak = timed([command, "crowd.yaml", "--format", "json", "--as-of", AS_OF], work)
        rows.append(("one interaction naming 60,000 people", f"{len(text) / 1e6:.1f} MB", command, secs, code, peak))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--binary", help="time this guanxi instead of building the release one (a 'before')")
    args = parser.parse_args()
    global GUANXI
    if args.binary:
        GUANXI = os.path.abspath(args.binary)
    else:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        cases = [
            ("reporting chain of 8,000 people", chain(8000)),
            ("one reporting loop of 8,000 people", loop(8000)),
            ("20,000 diagnostics in one file", many_errors(20000)),
            ("34,000 diagnostics, 5 MB", many_errors(34000, pad=230)),
        ]
        for name, text in cases:
            path = os.path.join(work, "case.yaml")
            with open(path, "w") as f:
                f.write(text)
            secs, code, peak = timed(["validate", "case.yaml", "--format", "json", "--as-of", AS_OF], work)
            rows.append((name, f"{len(text) / 1e6:.1f} MB", "validate", secs, code, peak))
            os.remove(path)
        text = big_clean(8 * 1024 * 1024)
        path = os.path.join(work, "big.yaml")

        def reset():
            with open(path, "w") as f:
                f.write(text)

        reset()
        for label, cmd in [
            ("validate", ["validate", "big.yaml", "--as-of", AS_OF]),
            ("log", ["log", "big", "big.yaml", "--with", "p0", "--kind", "call", "--as-of", AS_OF]),
            ("stance", ["stance", "big", "p0", "supporter", "big.yaml", "--as-of", AS_OF]),
        ]:
            secs, code, peak = timed(cmd, work, setup=reset)
            rows.append(("clean file at the size limit", f"{len(text) / 1e6:.1f} MB", label, secs, code, peak))
        os.remove(path)
        trust_cases(work, rows)
    lines = [
        "| case | size | command | seconds (best of 3) | peak MB | exit | under 1 s and 256 MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, size, cmd, secs, code, peak in rows:
        ok = secs < TARGET and peak < MEMORY_TARGET_MB
        lines.append(f"| {name} | {size} | `{cmd}` | {secs:.2f} | {peak:.0f} | {code} | {'yes' if ok else '**no**'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        with open(args.out, "w") as f:
            f.write(report)
    return 0 if all(r[3] < TARGET and r[5] < MEMORY_TARGET_MB for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
