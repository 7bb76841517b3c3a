#!/usr/bin/env bash
# bench/record.sh [ROUNDS] [CALLS] — --record against -c, a full decoded
# trace and native on `syscall_loop getppid CALLS` (default 7 rounds of
# 1000000 calls), alternating the four in each round. Two figures per run:
# the loop's own ns per call (what the traced program feels) and the whole
# command's wall time (lzptrace draining and writing the file included).
# Prints a markdown table of medians and ratios to native and to -c.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds=${1:-7}
calls=${2:-1000000}
./bazelw build //cli:lzptrace //bench:syscall_loop ${BAZEL_FLAGS:-} >/dev/null 2>&1
L=$PWD/bazel-bin/cli/lzptrace
loop=$PWD/bazel-bin/bench/syscall_loop
rec=/dev/shm/lzptrace-record-bench-$$.lzp
trap 'rm -f "$rec"' EXIT
labels=("native" "lzptrace -c" "lzptrace --record=FILE (tmpfs)" "lzptrace -o /dev/null")
run() {  # run CONFIG-INDEX: prints "NS_PER_CALL WALL_SECONDS"
  local cmd
  case $1 in
    0) cmd=("$loop" getppid "$calls") ;;
    1) cmd=("$L" -f -c -o /dev/null "$loop" getppid "$calls") ;;
    2) cmd=("$L" -f "--record=$rec" "$loop" getppid "$calls") ;;
    3) cmd=("$L" -f -o /dev/null "$loop" getppid "$calls") ;;
  esac
  local start end out
  start=$(date +%s.%N)
  out=$("${cmd[@]}" 2>/dev/null | tail -1)
  end=$(date +%s.%N)
  echo "${out#getppid } $(echo "$end - $start" | bc -l)"
}
declare -A ns wall
for i in 0 1 2 3; do run "$i" >/dev/null; done  # warm-up
for ((r = 0; r < rounds; ++r)); do
  for i in 0 1 2 3; do
    read -r n w < <(run "$i")
    ns[$i]+="$n "
    wall[$i]+="$w "
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
declare -A mns mwall
for i in 0 1 2 3; do
  mns[$i]=$(echo "${ns[$i]}" | median)
  mwall[$i]=$(echo "${wall[$i]}" | median)
done
echo "| getppid x $calls, median of $rounds rounds | ns/call in the loop | vs native | vs -c | whole command | vs native | vs -c |"
echo "|---|---|---|---|---|---|---|"
for i in 0 1 2 3; do
  printf '| %s | %.0f ns | %.2fx | %.2fx | %.3f s | %.2fx | %.2fx |\n' "${labels[$i]}" "${mns[$i]}" \
    "$(echo "${mns[$i]} / ${mns[0]}" | bc -l)" "$(echo "${mns[$i]} / ${mns[1]}" | bc -l)" "${mwall[$i]}" \
    "$(echo "${mwall[$i]} / ${mwall[0]}" | bc -l)" "$(echo "${mwall[$i]} / ${mwall[1]}" | bc -l)"
done
ls -l "$rec" | awk '{printf "\nrecording: %d bytes (%.0f per call)\n", $5, $5 / '"$calls"'}'
