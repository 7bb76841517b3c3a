#!/usr/bin/env python3
"""bench/tracee_cost.py — the interposer's cost per call, in the tracee.

Usage: tracee_cost.py BEFORE AFTER LOOP [--rounds N] [--calls N]
  BEFORE, AFTER: lzptrace binaries (e.g. the branch point's and this one's);
  LOOP: bazel-bin/bench/syscall_loop.

Every round runs each workload natively, then under BEFORE and AFTER in
each configuration, alternating, so load that comes and goes falls on all
of them alike. syscall_loop runs with LOOP_CPU set and reports on stderr
the traced process's own CPU time per call (user + system, getrusage): the
interposer's cost, which lzptrace's reader on the other core does not add
to (a tracee that waits for room in a full ring sleeps, costing no CPU).
Wall time per call (its stdout) is reported too, and lzptrace's own CPU per
call: the CPU of the whole run (RUSAGE_CHILDREN: lzptrace and the tracee it
reaps) less the tracee's. Ratios are to the native run of the same round;
the table gives medians and (ranges), and the least tracee CPU of all rounds
(the round the machine's other work disturbed least: on a shared machine
the fairest single figure).

Configurations: the full trace (-f -o /dev/null, the default 4 MiB ring),
the full trace with a 512 MiB ring (the reader never throttles the loop:
its wall time is the tracee's), -c, and the loop's calls filtered out
(-e trace=openat).
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys

CONFIGS = [
    ("full trace -o /dev/null", ["-f", "-o", "/dev/null"]),
    ("full trace, 512 MiB ring", ["-f", "-o", "/dev/null", "--ring-size=536870912"]),
    ("-c", ["-f", "-c", "-o", "/dev/null"]),
    ("-e trace=openat", ["-f", "-e", "trace=openat", "-o", "/dev/null"]),
]


def children_cpu_s():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def run(argv, calls):
    """(wall ns/call, tracee CPU ns/call, everything else's CPU ns/call)"""
    env = dict(os.environ, LOOP_CPU="1")
    before = children_cpu_s()
    p = subprocess.run(argv, capture_output=True, text=True, env=env)
    total_ns = (children_cpu_s() - before) * 1e9 / calls
    wall = re.findall(r"^\S+ (\d+(?:\.\d+)?)$", p.stdout, re.M)
    cpu = re.findall(r"^\S+ cpu (\d+(?:\.\d+)?)$", p.stderr, re.M)
    if not wall or not cpu:
        sys.exit(f"no figures from {argv}:\n{p.stdout}\n{p.stderr}")
    return float(wall[-1]), float(cpu[-1]), max(total_ns - float(cpu[-1]), 0.0)


def cell(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def ns_cell(values):
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def main():
    parser = argparse.ArgumentParser(description="the interposer's cost per call, before and after")
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("loop")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000000)
    a = parser.parse_args()
    before, after, loop, rounds, calls = a.before, a.after, a.loop, a.rounds, a.calls
    workloads = [
        ("getppid loop", [loop, "getppid", str(calls)], calls),
        ("vDSO clock_gettime", [loop, "clock_gettime", str(calls)], calls),
        ("getppid, 8 threads", [loop, "getppid", str(calls // 8), "8"], calls // 8 * 8),
    ]
    # results[(workload, config, which)] = list of (wall ns, cpu ns, wall ratio, cpu ratio)
    results = {}
    native = {}
    for r in range(rounds + 1):  # round 0 warms up and is dropped
        for wname, command, n in workloads:
            nw, nc, _ = run(command, n)
            if r:
                native.setdefault(wname, []).append((nw, nc))
            for cname, options in CONFIGS:
                if wname != "vDSO clock_gettime" and "512 MiB" in cname:
                    continue
                order = (("before", before), ("after", after)) if r % 2 else (("after", after), ("before", before))
                for which, binary in order:
                    w, c, other = run([binary] + options + command, n)
                    if r:
                        results.setdefault((wname, cname, which), []).append((w, c, w / nw, c / nc, other))
        print(f"round {r} done", file=sys.stderr)
    print("| workload | configuration | native CPU ns/call | before: CPU ns/call | before: CPU ratio | "
          "after: CPU ns/call | after: CPU ratio | least CPU before / after / native | "
          "lzptrace's CPU ns/call before / after | before: wall ratio | after: wall ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for wname, _, _ in workloads:
        for cname, _ in CONFIGS:
            b = results.get((wname, cname, "before"))
            a = results.get((wname, cname, "after"))
            if not b:
                continue
            n = [c for _, c in native[wname]]
            least = f"{min(x[1] for x in b):.0f} / {min(x[1] for x in a):.0f} / {min(n):.0f}"
            least += f" ({min(x[1] for x in b) / min(n):.2f}x / {min(x[1] for x in a) / min(n):.2f}x)"
            other = f"{statistics.median(x[4] for x in b):.0f} / {statistics.median(x[4] for x in a):.0f}"
            print(f"| {wname} | {cname} | {ns_cell(n)} | {ns_cell([x[1] for x in b])} | {cell([x[3] for x in b])} | "
                  f"{ns_cell([x[1] for x in a])} | {cell([x[3] for x in a])} | {least} | {other} | "
                  f"{cell([x[2] for x in b])} | {cell([x[2] for x in a])} |")
    for wname, _, _ in workloads:
        nw = [w for w, _ in native[wname]]
        print(f"\nnative {wname}: wall {ns_cell(nw)} ns/call")

if __name__ == "__main__":
    main()
