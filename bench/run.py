#!/usr/bin/env python3
"""Benchmarks for guanxi, in one consistent run (issues 10 and 17).

    python3 bench/run.py [--sizes 1000,10000,100000] [--repeat 3] [--peers] [--out BENCHMARKS.md]

Builds the release binary and examples, generates deterministic corpora with
`examples/synth.rs` (cached under $BENCH_DIR, default /tmp/guanxi-bench), and
measures wall time (best of --repeat) and peak memory (max RSS) of each
command on one thread (`-j 1`) and on every core, next to the floor: the
same files deserialised by serde-saphyr alone on one thread
(`examples/bare_parse.rs`). `validate` runs twice: on the event path (what
guanxi does) and on the detailed path alone (`GUANXI_BENCH_PATH=detailed`,
how files were read before the event path). The largest size runs
`validate` and `rank` once each (it is there to show they fit in memory).

With --peers: check-jsonschema (Python) on the same YAML files, and
jsonschema-cli (Rust) on the same files (converted to JSON when it reads
JSON only), installed with pip and cargo when missing (skipped with a
message when that fails).

Prints a Markdown report; with --out, replaces the part of that file between
the `<!-- bench/run.py -->` markers (the rest is written by hand). Never run
from the test suite.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("BENCH_DIR", "/tmp/guanxi-bench")
AS_OF = "2026-11-23"
GUANXI = os.path.join(ROOT, "target/release/guanxi")
SYNTH = os.path.join(ROOT, "target/release/examples/synth")
BARE = os.path.join(ROOT, "target/release/examples/bare_parse")
SCHEMA = os.path.join(ROOT, "schemas/account.schema.json")
CORES = os.cpu_count() or 1
START, END = "<!-- bench/run.py -->", "<!-- /bench/run.py -->"

# Targets of issue 17 (2-core machine).
VALIDATE_MB = 100
ANALYSIS_MB = 300
ANALYSIS_RATIO = 1.15


def run_measured(cmd, cwd=None, env=None):
    """Wall seconds, peak RSS (MB) and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - start
    return secs, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def best(cmd, repeat, **kw):
    runs = [run_measured(cmd, **kw) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def corpus(n, commits=0):
    path = os.path.join(WORK, f"c{n}" + (f"-g{commits}" if commits else ""))
    if not os.path.isdir(path):
        args = [SYNTH, "--accounts", str(n), "--seed", "42", "--out", path]
        if commits:
            args += ["--git-commits", str(commits)]
        subprocess.run(args, check=True)
    return path


def ensure_peer(name, install):
    if shutil.which(name):
        return True
    try:
        subprocess.run(install, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    except Exception as e:  # noqa: BLE001
        print(f"skipped {name}: install failed ({e})", file=sys.stderr)
        return False
    return shutil.which(name) is not None


def json_copies(src):
    """The same files as JSON, for validators that read JSON only."""
    dst = src + "-json"
    if not os.path.isdir(dst):
        os.makedirs(dst)
        from ruamel.yaml import YAML  # installed with check-jsonschema

        yaml = YAML(typ="safe")
        for f in sorted(os.listdir(src)):
            if f.endswith(".yaml"):
                with open(os.path.join(src, f), encoding="utf-8") as fh:
                    data = yaml.load(fh)
                with open(os.path.join(dst, f[:-5] + ".json"), "w", encoding="utf-8") as fh:
                    json.dump(data, fh, default=str, ensure_ascii=False)
    return dst


def guanxi(cmd, path, threads, detailed=False):
    env = dict(os.environ)
    if detailed:
        env["GUANXI_BENCH_PATH"] = "detailed"
    return [GUANXI, *cmd, path, "--as-of", AS_OF, "-j", str(threads)], env


def verdict(ok):
    return "met" if ok else "**not met**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--history-commits", type=int, default=500)
    ap.add_argument("--peers", action="store_true", help="also run check-jsonschema and jsonschema-cli")
    ap.add_argument("--out")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    subprocess.run(
        ["cargo", "build", "--release", "--features", "hooks", "--bin", "guanxi", "--example", "synth", "--example", "bare_parse"],
        cwd=ROOT,
        check=True,
    )

    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [
        "| | |",
        "|---|---|",
        f"| machine | {CORES} cores (`nproc`), {cpu} |",
        f"| system | {platform.system()} {platform.release()} |",
        f"| guanxi | {subprocess.run([GUANXI, '--version'], capture_output=True, text=True).stdout.strip()} |",
        f"| date | {time.strftime('%Y-%m-%d')} |",
        f"| method | best of {args.repeat} runs (wall; the largest size: one run), max RSS of any run; `python3 bench/run.py{' --peers' if args.peers else ''}` |",
        "",
    ]
    # Every corpus first, so a generator failure shows before the long runs.
    sizes = [int(x) for x in args.sizes.split(",")]
    for n in sizes:
        corpus(n)
    hist = corpus(1000, args.history_commits)

    analyses = [
        ("positioning", ["positioning", "--format", "json"]),
        ("neglected", ["neglected", "--format", "json"]),
        ("overclaimed", ["overclaimed", "--format", "json"]),
        ("rank", ["rank", "--format", "json"]),
        ("coverage", ["coverage", "--format", "json"]),
        ("agenda", ["agenda", "--format", "json"]),
        ("report", ["report", "--format", "json"]),
    ]
    for n in sizes:
        largest = n == max(sizes) and len(sizes) > 1 and n >= 100000
        repeat = 1 if largest else args.repeat
        path = corpus(n)
        size = sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)) / 1e6
        lines += [
            f"### {n:,} accounts ({size:,.0f} MB)",
            "",
            f"| what | `-j 1` s | `-j {CORES}` s | `-j 1` ÷ `-j {CORES}` | × validate | peak MB | target |",
            "|---|---|---|---|---|---|---|",
        ]
        if not largest:
            bare, bare_mem, _ = best([BARE, path], repeat)
            lines.append(f"| bare parse (serde-saphyr alone) | {bare:.2f} | | | | {bare_mem:.0f} | floor |")
        rows = [("validate", ["validate"], False), ("validate, detailed path only", ["validate"], True)]
        rows += [(name, cmd, False) for name, cmd in analyses]
        if largest:
            rows = [rows[0], ("rank", ["rank", "--format", "json"], False)]
        validate = None
        for name, cmd, detailed in rows:
            one = None
            if name.startswith("validate") or not largest:
                c, env = guanxi(cmd, path, 1, detailed)
                one, mem1, _ = best(c, repeat, env=env)
            else:
                mem1 = 0
            c, env = guanxi(cmd, path, CORES, detailed)
            secs, mem, code = best(c, repeat, env=env)
            mem = max(mem, mem1)
            if largest:
                validate = validate or secs
                target = "runs to the end on this machine"
                ok = code in (0, 1)
            elif name == "validate":
                validate = secs
                target = f"≤ {VALIDATE_MB} MB; `-j {CORES}` ≥ 1.7× `-j 1`"
                ok = mem <= VALIDATE_MB and one / secs >= 1.7
            elif detailed:
                target = "the path before the event path"
                ok = None
            else:
                target = f"≤ {ANALYSIS_RATIO} × validate, ≤ {ANALYSIS_MB} MB"
                ok = secs <= ANALYSIS_RATIO * validate and mem <= ANALYSIS_MB
            ratio = f"{one / secs:.2f}" if one else ""
            lines.append(
                f"| {name} (exit {code}) | {f'{one:.2f}' if one else ''} | {secs:.2f} | {ratio} | {secs / validate:.2f} | {mem:.0f} | {target}{': ' + verdict(ok) if ok is not None else ''} |"
            )
        if args.peers and n == min(sizes):
            lines.append("")
            lines.append("| peer, same accounts | wall s | × guanxi validate | peak MB | note |")
            lines.append("|---|---|---|---|---|")
            if ensure_peer("check-jsonschema", [sys.executable, "-m", "pip", "install", "-q", "check-jsonschema"]):
                files = sorted(os.path.join(path, f) for f in os.listdir(path))
                secs, mem, _ = best(["check-jsonschema", "--schemafile", SCHEMA, *files], 1)
                lines.append(f"| check-jsonschema (Python), the YAML files | {secs:.2f} | {secs / validate:.1f} | {mem:.0f} | one run |")
            if ensure_peer("jsonschema-cli", ["cargo", "install", "-q", "jsonschema-cli"]):
                yaml_ok = run_measured(["jsonschema-cli", "validate", SCHEMA, "-i", sorted(os.path.join(path, f) for f in os.listdir(path))[0]])[2] == 0
                src = path if yaml_ok else json_copies(path)
                files = sorted(os.path.join(src, f) for f in os.listdir(src))
                cmd = ["jsonschema-cli", "validate", "--errors-only", SCHEMA]
                for f in files:
                    cmd += ["-i", f]
                secs, mem, _ = best(cmd, args.repeat)
                what = "the YAML files" if yaml_ok else "the same files converted to JSON (conversion not timed)"
                lines.append(f"| jsonschema-cli (Rust), {what} | {secs:.2f} | {secs / validate:.2f} | {mem:.0f} | |")
        lines.append("")

    secs, mem, code = best([GUANXI, "history", hist, "--format", "json", "--as-of", AS_OF], args.repeat)
    lines += [
        f"### history: {args.history_commits} commits × 1,000 accounts",
        "",
        "| what | wall s | peak MB | target |",
        "|---|---|---|---|",
        f"| history (exit {code}) | {secs:.2f} | {mem:.0f} | ≤ 5 s: {verdict(secs <= 5)} |",
        "",
    ]

    many = os.path.join(WORK, "many-100000")
    if not os.path.isdir(many):
        os.makedirs(many)
        for i in range(100000):
            with open(os.path.join(many, f"a{i:06}.yaml"), "w") as fh:
                fh.write(f"account: A{i}\nowner: o\nstakeholders:\n  - {{ id: a, name: A, level: staff, stance: {{ us: unknown }} }}\n")
    secs, mem, code = best([GUANXI, "validate", many, "--as-of", AS_OF], 1)
    lines += [
        "### 100,000 small files in one directory",
        "",
        "| what | wall s | peak MB |",
        "|---|---|---|",
        f"| validate (exit {code}) | {secs:.2f} | {mem:.0f} |",
        "",
    ]

    text = "\n".join(lines)
    print(text)
    if args.out:
        old = ""
        if os.path.exists(args.out):
            with open(args.out, encoding="utf-8") as fh:
                old = fh.read()
        if START in old and END in old:
            head, rest = old.split(START, 1)
            _, tail = rest.split(END, 1)
            new = f"{head}{START}\n{text}\n{END}{tail}"
        else:
            new = f"{START}\n{text}\n{END}\n\n{old}"
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(new)


if __name__ == "__main__":
    main()
