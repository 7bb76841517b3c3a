#!/usr/bin/env bash
# bench/run.sh — builds lzptrace and the benchmark programs, runs the
# benchmark harness (bench/bench.cc) and writes docs/performance.md.
# Pass --quick for a short run (fewer calls, the CLI test on 2M events).
# Pass --startup for the start-up and exec-heavy table only (printed, for
# docs/performance.md's section on the ptrace companion's cost).
# With --startup, --before PATH adds a column for an older lzptrace binary.
# --predicates runs only the --filter table (getppid loop) and prints it
# (with --before PATH, also the result test with that older binary).
# --handler runs only the cost of an allow-everything --handler
# (examples/allow_all.c) on the getppid loop, and prints that table.
# --output-formats measures only --json, --perfetto and --color against the
# text on the micro loops, and prints that table (docs/performance.md quotes it).
# --static measures the loop linked -static against the dynamic one (the
# interposer started by cli/injector/), and the Go loop (bench/go_loop.go)
# built with cgo against static, and prints that table.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./bazelw build //:lzptrace //bench:bench //bench:syscall_loop //bench:syscall_loop_static //bench:go_loop_cgo //bench:go_loop_static \
  //examples:liballow_all.so
if [[ " $* " == *" --handler "* ]]; then
  exec bazel-bin/bench/bench --lzptrace "$PWD/bazel-bin/cli/lzptrace" --loop "$PWD/bazel-bin/bench/syscall_loop" \
    --handler "$PWD/bazel-bin/examples/liballow_all.so" $(printf '%s\n' "$@" | grep -v '^--handler$')
fi
# Page 0 for the fast path: root can map it; say so if we cannot.
bazel-bin/bench/bench --lzptrace "$PWD/bazel-bin/cli/lzptrace" --loop "$PWD/bazel-bin/bench/syscall_loop" \
  --static-loop "$PWD/bazel-bin/bench/syscall_loop_static" \
  --go-loops "$PWD/bazel-bin/bench/go_loop_cgo.bin" "$PWD/bazel-bin/bench/go_loop_static.bin" \
  --out docs/performance.md "$@"
