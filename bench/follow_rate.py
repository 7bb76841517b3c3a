#!/usr/bin/env python3
"""bench/follow_rate.py — the CLI's cost on a multi-threaded full trace (-f),
for two lzptrace binaries side by side (issue 12, "The -f path").

Usage: bench/follow_rate.py BEFORE AFTER LOOP [--rounds N] [--calls N] [--threads 1,2,4,8]
  BEFORE, AFTER: lzptrace binaries; LOOP: bazel-bin/bench/syscall_loop.
  --calls: getppid calls per thread (the loop's own meaning, bench/bench.cc).

How it works: it records one 4-thread getppid run with AFTER (`--record -f`,
to /dev/shm), then in each round runs every measurement once per binary,
alternating BEFORE and AFTER (and the loop natively) so that both see the
same load on a shared machine:
  - for each thread count: `lzptrace --stats -f -o /dev/null LOOP getppid N T`
    and the same with `-o FILE` on tmpfs; the CLI's CPU per event is read
    from --stats ("S s of lzptrace's CPU": lzptrace's whole process, not the
    tracee), reported as M events per CPU-second of the CLI; the loop's own
    wall ns per call, as a ratio to the native run of the same round;
  - replay: `lzptrace --replay=REC -f -o /dev/null`, CPU time (user + system
    from wait4's rusage) of the whole replay: the interleaver with no tracee
    competing for a core, in M events per CPU-second.
Prints a Markdown table of medians with (min–max) and the load average.
"""
import os
import re
import resource
import statistics
import subprocess
import sys
import time

STATS = re.compile(r"(\d+) events in .*?([\d.]+) s of lzptrace's CPU")


def run(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({p.returncode}): {p.stderr[-500:]}")
    return p, cpu


def loop_ns(p):
    # syscall_loop prints "KIND ns_per_call" on stdout.
    m = re.search(r"(\d+(?:\.\d+)?)\s*$", p.stdout.strip())
    return float(m.group(1)) if m else float("nan")


def cli_rate(p):
    m = STATS.search(p.stderr)
    if not m:
        sys.exit(f"no --stats line in: {p.stderr[-500:]}")
    return int(m.group(1)) / float(m.group(2)) / 1e6


def option(args, name, default):
    if name not in args:
        return default
    i = args.index(name)
    value = args[i + 1]
    del args[i:i + 2]
    return value


def main():
    args = sys.argv[1:]
    rounds = int(option(args, "--rounds", "5"))
    calls = int(option(args, "--calls", "500000"))
    threads = [int(t) for t in option(args, "--threads", "1,2,4,8").split(",")]
    before, after, loop = args
    who = {"before": before, "after": after}
    shm = "/dev/shm/follow_rate.%d" % os.getpid()
    rec, out = shm + ".rec", shm + ".out"
    run([after, "-f", "--record=" + rec, "-o", "/dev/null", loop, "getppid", str(calls), "4"])
    values = {}

    def add(metric, name, value):
        values.setdefault(metric, {}).setdefault(name, []).append(value)

    loads = []
    for r in range(rounds):
        loads.append(os.getloadavg()[0])
        for t in threads:
            native = loop_ns(run([loop, "getppid", str(calls), str(t)])[0])
            add(f"getppid, {t} thread(s): native ns/call (wall)", "native", native)
            order = ["before", "after"] if r % 2 == 0 else ["after", "before"]
            for name in order:
                for target, label in (("/dev/null", "-o /dev/null"), (out, "-o FILE")):
                    p, _ = run([who[name], "--stats", "-f", "-o", target, loop, "getppid", str(calls), str(t)])
                    add(f"{t} thread(s) {label}: CLI M events per CPU-second", name, cli_rate(p))
                    add(f"{t} thread(s) {label}: wall ratio to native", name, loop_ns(p) / native)
        for name in (["before", "after"] if r % 2 == 0 else ["after", "before"]):
            _, cpu = run([who[name], "--replay=" + rec, "-f", "-o", "/dev/null"])
            add("replay of 4 threads -f: CPU s", name, cpu)
    for path in (rec, out):
        if os.path.exists(path):
            os.unlink(path)

    def cell(metric, name):
        v = values[metric].get(name)
        if not v:
            return ""
        fmt = "{:.2f}"
        return f"{fmt.format(statistics.median(v))} ({fmt.format(min(v))}–{fmt.format(max(v))})"

    print(f"{rounds} rounds, {calls} getppid calls per thread, load average "
          f"{min(loads):.1f}-{max(loads):.1f}\n")
    print("| measurement | native | before | after |")
    print("|---|---|---|---|")
    for metric in values:
        print(f"| {metric} | {cell(metric, 'native')} | {cell(metric, 'before')} | {cell(metric, 'after')} |")


if __name__ == "__main__":
    main()
