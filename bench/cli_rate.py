#!/usr/bin/env python3
"""bench/cli_rate.py — the CLI's decode-and-format rate and what it costs a
tight loop, for two lzptrace binaries side by side (issue 12).

Usage: bench/cli_rate.py BEFORE AFTER LOOP [--rounds N] [--calls N]
  BEFORE, AFTER: lzptrace binaries; LOOP: bazel-bin/bench/syscall_loop.

How it works: it records one getppid and one clock_gettime run with AFTER
(--record, to /dev/shm), then, in each round, runs every measurement once
per binary, alternating BEFORE and AFTER (and native) so that both see the
same load on a shared machine:
  - replay: `lzptrace --replay=REC -o /dev/null`, CPU time (user + system,
    from wait4's rusage): the printer alone, no tracee competing for a core;
    reported as events per CPU-second;
  - live --stats: `lzptrace --stats -f -o /dev/null LOOP getppid N`, the
    events/s the CLI prints (wall time: bounded by the tracee too);
  - the getppid loop natively and traced `-f -o FILE` (tmpfs): ns per call
    as the loop measures it (wall), and CPU time of the whole run (tracee
    and lzptrace) per call;
  - the vDSO clock_gettime loop traced `-f -o /dev/null`: ns per call;
  - with perf installed, the live `-f -o FILE` getppid run again under
    `perf stat --no-inherit -e task-clock`: lzptrace's main thread alone
    (not the tracee, not the companion's thread), as M events per
    CPU-second of the CLI.
Prints a Markdown table of medians with (min–max) and the load average.
"""
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time


def run(argv, stderr=subprocess.PIPE):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=stderr, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p, wall, cpu


def loop_ns(p):
    # syscall_loop prints "KIND ns_per_call" on stdout.
    m = re.search(r"(\d+(?:\.\d+)?)\s*$", p.stdout.strip())
    return float(m.group(1)) if m else float("nan")


def main():
    args = sys.argv[1:]
    rounds, calls = 5, 2000000
    if "--rounds" in args:
        i = args.index("--rounds"); rounds = int(args[i + 1]); del args[i:i + 2]
    if "--calls" in args:
        i = args.index("--calls"); calls = int(args[i + 1]); del args[i:i + 2]
    before, after, loop = args
    bins = {"before": before, "after": after}
    recs = {}
    for kind in ("getppid", "clock_gettime"):
        path = f"/dev/shm/lzp-cli-rate-{os.getpid()}-{kind}.lzp"
        subprocess.run([after, "-f", f"--record={path}", loop, kind, str(calls)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        recs[kind] = path
    trace_file = f"/dev/shm/lzp-cli-rate-{os.getpid()}.txt"
    results = {}  # (metric, who) -> [values]

    def add(metric, who, value):
        results.setdefault((metric, who), []).append(value)

    loads = []
    perf = shutil.which("perf")
    for r in range(rounds + 1):  # round 0: warm-up, not counted
        keep = r > 0
        loads.append(os.getloadavg()[0])
        p, wall, cpu = run([loop, "getppid", str(calls)])
        if keep:
            add("getppid ns/call (wall)", "native", loop_ns(p))
            add("getppid CPU ns/call", "native", cpu * 1e9 / calls)
        p, wall, cpu = run([loop, "clock_gettime", str(calls)])
        if keep: add("clock_gettime ns/call (wall)", "native", loop_ns(p))
        for who in (("before", "after") if r % 2 == 0 else ("after", "before")):
            lz = bins[who]
            for kind in ("getppid", "clock_gettime"):
                p, wall, cpu = run([lz, f"--replay={recs[kind]}", "-o", "/dev/null"])
                if keep: add(f"replay {kind}: M events per CPU-second", who, (calls + 70) / cpu / 1e6)
            p, wall, cpu = run([lz, "--stats", "-f", "-o", "/dev/null", loop, "getppid", str(calls)])
            m = re.search(r"\((\d+) events/s\)", p.stderr)
            if keep and m: add("live --stats getppid: M events/s (wall)", who, int(m.group(1)) / 1e6)
            p, wall, cpu = run([lz, "-f", "-o", trace_file, loop, "getppid", str(calls)])
            if keep:
                add("getppid ns/call (wall)", who, loop_ns(p))
                add("getppid CPU ns/call", who, cpu * 1e9 / calls)
            p, wall, cpu = run([lz, "-f", "-o", "/dev/null", loop, "clock_gettime", str(calls)])
            if keep: add("clock_gettime ns/call (wall)", who, loop_ns(p))
            if perf:
                p, wall, cpu = run([perf, "stat", "--no-inherit", "-x,", "-e", "task-clock",
                                    lz, "-f", "-o", trace_file, loop, "getppid", str(calls)])
                m = re.search(r"^([\d.]+),[^,]*,task-clock", p.stderr, re.M)
                if keep and m:
                    add("live -f -o FILE getppid, lzptrace's main thread: M events per CPU-second", who,
                        calls / (float(m.group(1)) / 1e3) / 1e6)
    for path in list(recs.values()) + [trace_file]:
        try:
            os.remove(path)
        except OSError:
            pass

    def cell(metric, who):
        v = results.get((metric, who))
        if not v: return ""
        return f"{statistics.median(v):.2f} ({min(v):.2f}–{max(v):.2f})"

    metrics = []
    for (metric, who) in results:
        if metric not in metrics: metrics.append(metric)
    print(f"{rounds} rounds after a warm-up, {calls} calls each; load average (1 min) at round starts: "
          f"{min(loads):.1f}–{max(loads):.1f}\n")
    print("| measurement | native | before | after |")
    print("|---|---|---|---|")
    for metric in metrics:
        print(f"| {metric} | {cell(metric, 'native')} | {cell(metric, 'before')} | {cell(metric, 'after')} |")
    for metric, base in (("getppid ns/call (wall)", "native"), ("getppid CPU ns/call", "native")):
        nat = results.get((metric, base))
        if not nat: continue
        n = statistics.median(nat)
        for who in ("before", "after"):
            v = results.get((metric, who))
            if v:
                print(f"\n{metric}, {who} / native: {statistics.median(v) / n:.2f}x "
                      f"({min(v) / n:.2f}–{max(v) / n:.2f})", end="")
    print()


if __name__ == "__main__":
    main()
