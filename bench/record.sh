#!/usr/bin/env bash
# bench/record.sh [ROUNDS] [CALLS] — --record against -c, a full decoded
# trace and native on `syscall_loop getppid CALLS` (default 7 rounds of
# 1000000 calls), alternating them in each round. Three figures per run:
# the loop's own ns per call (what the traced program feels), the whole
# command's wall time (lzptrace draining and writing the file included) and
# its CPU time (user + system of lzptrace and the tracee, from wait4's
# rusage via /usr/bin/time), which other programs' time slices on a loaded
# machine do not inflate. Prints a markdown table of medians with their
# range (min-max) and ratios to native and to -c.
# BEFORE=PATH adds `--record` with an older lzptrace binary, in the same rounds.
# LZPTRACE=PATH and LOOP=PATH use those binaries instead of building them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds=${1:-7}
calls=${2:-1000000}
if [[ -z ${LZPTRACE:-} || -z ${LOOP:-} ]]; then
  ./bazelw build //cli:lzptrace //bench:syscall_loop ${BAZEL_FLAGS:-} >/dev/null 2>&1
fi
L=${LZPTRACE:-$PWD/bazel-bin/cli/lzptrace}
loop=${LOOP:-$PWD/bazel-bin/bench/syscall_loop}
rec=/dev/shm/lzptrace-record-bench-$$.lzp
times=/dev/shm/lzptrace-record-bench-$$.time
trap 'rm -f "$rec" "$times"' EXIT
labels=("native" "lzptrace -c" "lzptrace --record=FILE (tmpfs)" "lzptrace -o /dev/null")
configs=(0 1 2 3)
if [[ -n ${BEFORE:-} ]]; then
  labels+=("--record=FILE, before ($(basename "$BEFORE"))")
  configs+=(4)
fi
run() {  # run CONFIG-INDEX: prints "NS_PER_CALL WALL_SECONDS CPU_SECONDS"
  local cmd
  case $1 in
    0) cmd=("$loop" getppid "$calls") ;;
    1) cmd=("$L" -f -c -o /dev/null "$loop" getppid "$calls") ;;
    2) cmd=("$L" -f "--record=$rec" "$loop" getppid "$calls") ;;
    3) cmd=("$L" -f -o /dev/null "$loop" getppid "$calls") ;;
    4) cmd=("$BEFORE" -f "--record=$rec" "$loop" getppid "$calls") ;;
  esac
  local out wall user sys
  for _ in 1 2 3; do  # a run that printed no figure (killed, failed) is run again
    out=$(/usr/bin/time -f '%e %U %S' -o "$times" "${cmd[@]}" 2>/dev/null | tail -1)
    read -r wall user sys < <(tail -1 "$times")
    [[ $out == "getppid "* && -n ${sys:-} ]] && break
  done
  echo "${out#getppid } $wall $(echo "$user + $sys" | bc -l)"
}
declare -A ns wall cpu
for i in "${configs[@]}"; do run "$i" >/dev/null; done  # warm-up
for ((r = 0; r < rounds; ++r)); do
  for i in "${configs[@]}"; do
    read -r n w c < <(run "$i")
    ns[$i]+="$n "
    wall[$i]+="$w "
    cpu[$i]+="$c "
  done
done
# median, min and max of a list of numbers
stats() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; print m, v[1], v[NR]}'; }
declare -A m lo hi
for i in "${configs[@]}"; do
  for what in ns wall cpu; do
    declare -n list=$what
    read -r m[$what$i] lo[$what$i] hi[$what$i] < <(echo "${list[$i]}" | stats)
  done
done
cell() {  # cell WHAT I UNIT FORMAT: "median (min-max) UNIT | ratio to native | ratio to -c"
  local w=$1 i=$2
  printf "$4 ($4–$4) %s | %.2fx | %.2fx" "${m[$w$i]}" "${lo[$w$i]}" "${hi[$w$i]}" "$3" \
    "$(echo "${m[$w$i]} / ${m[${w}0]}" | bc -l)" "$(echo "${m[$w$i]} / ${m[${w}1]}" | bc -l)"
}
echo "| getppid x $calls, $rounds rounds: median (range) | ns/call in the loop | vs native | vs -c | whole command, wall | vs native | vs -c | CPU time (lzptrace + tracee) | vs native | vs -c |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for i in "${configs[@]}"; do
  echo "| ${labels[$i]} | $(cell ns "$i" ns %.0f) | $(cell wall "$i" s %.3f) | $(cell cpu "$i" s %.2f) |"
done
ls -l "$rec" | awk '{printf "\nrecording: %d bytes (%.0f per call)\n", $5, $5 / '"$calls"'}'
echo "load average before the last round: $(cut -d' ' -f1-3 /proc/loadavg)"
