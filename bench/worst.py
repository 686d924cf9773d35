#!/usr/bin/env python3
"""Worst cases that fit in a pull request (issue 12.2): each must stay under
a second with the release binary.

    python3 bench/worst.py [--out BENCHMARKS-worst.md]

Builds the release binary, writes each hostile file into a temp dir, and
times `validate` (and `log`, `stance` for the large clean file): best of
three wall-clock runs. Never run from the test suite.
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
    best = None
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        proc = subprocess.run([GUANXI] + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        secs = time.perf_counter() - start
        best = secs if best is None else min(best, secs)
    return best, proc.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    args = parser.parse_args()
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
            secs, code = timed(["validate", "case.yaml", "--format", "json", "--as-of", AS_OF], work)
            rows.append((name, f"{len(text) / 1e6:.1f} MB", "validate", secs, code))
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
            secs, code = timed(cmd, work, setup=reset)
            rows.append(("clean file at the size limit", f"{len(text) / 1e6:.1f} MB", label, secs, code))
    lines = [
        "| case | size | command | seconds (best of 3) | exit | under 1 s |",
        "|---|---|---|---|---|---|",
    ]
    for name, size, cmd, secs, code in rows:
        lines.append(f"| {name} | {size} | `{cmd}` | {secs:.2f} | {code} | {'yes' if secs < TARGET else '**no**'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        with open(args.out, "w") as f:
            f.write(report)
    return 0 if all(r[3] < TARGET for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
