#!/usr/bin/env python3
"""Benchmarks for guanxi (issue: measured speed and robustness).

    python3 bench/run.py [--sizes 1000,10000] [--repeat 3] [--out BENCHMARKS.md]

Builds the release binary and examples, generates deterministic corpora with
`examples/synth.rs` (cached under $BENCH_DIR, default /tmp/guanxi-bench), and
measures wall time (best of --repeat) and peak memory (max RSS) of each
command, next to the floor: the same files deserialised by serde-saphyr alone
on one thread (`examples/bare_parse.rs`). Peers (jsonschema-cli, Rust;
check-jsonschema, Python) validate the same files against
schemas/account.schema.json when they are installed (the script tries cargo
and pip, and skips with a message when that fails). Prints a Markdown report
and, with --out, writes it. Never run from the test suite.
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


def run_measured(cmd, cwd=None, env=None):
    """Wall seconds and peak RSS (MB) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - start
    return secs, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def best(cmd, repeat, **kw):
    runs = [run_measured(cmd, **kw) for _ in range(repeat)]
    secs = min(r[0] for r in runs)
    mem = max(r[1] for r in runs)
    return secs, mem, runs[-1][2]


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--history-commits", type=int, default=500)
    ap.add_argument("--peers", action="store_true", help="also run jsonschema-cli and check-jsonschema")
    ap.add_argument("--out")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--bin", "guanxi", "--example", "synth", "--example", "bare_parse"], cwd=ROOT, check=True)

    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [
        "| | |", "|---|---|",
        f"| machine | {os.cpu_count()} cores (`nproc`), {cpu} |",
        f"| system | {platform.system()} {platform.release()} |",
        f"| guanxi | {subprocess.run([GUANXI, '--version'], capture_output=True, text=True).stdout.strip()} |",
        f"| date | {time.strftime('%Y-%m-%d')} |",
        f"| method | best of {args.repeat} runs (wall), max RSS of any run; `python3 bench/run.py{' --peers' if args.peers else ''}` |",
        "",
    ]
    # Every corpus first, so a generator failure shows before the long runs.
    sizes = [int(x) for x in args.sizes.split(",")]
    for n in sizes:
        corpus(n)
    hist = corpus(1000, args.history_commits)

    commands = [
        ("validate", ["validate"]),
        ("positioning", ["positioning", "--format", "json"]),
        ("neglected", ["neglected", "--format", "json"]),
        ("overclaimed", ["overclaimed", "--format", "json"]),
        ("rank", ["rank", "--format", "json"]),
        ("coverage", ["coverage", "--format", "json"]),
        ("report", ["report", "--format", "json"]),
    ]
    for n in sizes:
        path = corpus(n)
        size = sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)) / 1e6
        lines += [f"### {n:,} accounts ({size:.0f} MB)", "",
                  "| what | wall s | × bare parse | × validate | peak MB | target |", "|---|---|---|---|---|---|"]
        bare, bare_mem, _ = best([BARE, path], args.repeat)
        lines.append(f"| bare parse (serde-saphyr, 1 thread) | {bare:.2f} | 1.00 | | {bare_mem:.0f} | floor |")
        validate = None
        for name, cmd in commands:
            secs, mem, code = best([GUANXI, *cmd, path, "--as-of", AS_OF], args.repeat)
            if name == "validate":
                validate = secs
                target = "≤ 0.65 × bare, ≤ 250 MB"
                ok = secs <= 0.65 * bare and mem <= 250
            else:
                target = "≤ 1.15 × validate, ≤ 250 MB"
                ok = secs <= 1.15 * validate and mem <= 250
            lines.append(
                f"| {name} (exit {code}) | {secs:.2f} | {secs / bare:.2f} | {secs / validate:.2f} | {mem:.0f} | {target}: {'met' if ok else '**not met**'} |"
            )
        if args.peers and n == 1000:
            lines.append("")
            if ensure_peer("check-jsonschema", [sys.executable, "-m", "pip", "install", "-q", "check-jsonschema"]):
                files = sorted(os.path.join(path, f) for f in os.listdir(path))
                secs, mem, _ = best(["check-jsonschema", "--schemafile", os.path.join(ROOT, "schemas/account.schema.json"), *files], 1)
                lines.append(f"| peer: check-jsonschema (Python), same YAML files | {secs:.2f} | {secs / bare:.2f} | {secs / validate:.1f} | {mem:.0f} | guanxi validate ≥ 100× faster: {'met' if secs >= 100 * validate else '**not met**'} |")
            if ensure_peer("jsonschema-cli", ["cargo", "install", "-q", "jsonschema-cli"]):
                jdir = json_copies(path)
                files = sorted(os.path.join(jdir, f) for f in os.listdir(jdir))
                cmd = ["jsonschema-cli", "validate", "--errors-only", os.path.join(ROOT, "schemas/account.schema.json")]
                for f in files:
                    cmd += ["-i", f]
                secs, mem, _ = best(cmd, args.repeat)
                lines.append(f"| peer: jsonschema-cli (Rust), same files as JSON | {secs:.2f} | {secs / bare:.2f} | {secs / validate:.2f} | {mem:.0f} | guanxi validate faster: {'met' if validate < secs else '**not met**'} |")
        lines.append("")

    secs, mem, code = best([GUANXI, "history", hist, "--format", "json", "--as-of", AS_OF], args.repeat)
    lines += [f"### history: {args.history_commits} commits × 1,000 accounts", "",
              "| what | wall s | peak MB | target |", "|---|---|---|---|",
              f"| history (exit {code}) | {secs:.2f} | {mem:.0f} | ≤ 5 s: {'met' if secs <= 5 else '**not met**'} |", ""]

    many = os.path.join(WORK, "many-100000")
    if not os.path.isdir(many):
        os.makedirs(many)
        for i in range(100000):
            with open(os.path.join(many, f"a{i:06}.yaml"), "w") as fh:
                fh.write(f"account: A{i}\nowner: o\nstakeholders:\n  - {{ id: a, name: A, level: staff, stance: {{ us: unknown }} }}\n")
    secs, mem, code = best([GUANXI, "validate", many, "--as-of", AS_OF], 1)
    lines += ["### 100,000 small files in one directory", "", "| what | wall s | peak MB |", "|---|---|---|",
              f"| validate (exit {code}) | {secs:.2f} | {mem:.0f} |", ""]

    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
