#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...] — builds the libFuzzer targets
# (bazel --config=fuzz: clang-14, ASan+UBSan) and runs each for SECONDS
# (default 20), one per core at a time, from its seed corpus tests/fuzz/<target>/, into a scratch
# corpus under ${FUZZ_WORK:-/tmp/lzp-fuzz} so the seeds stay as committed.
# The build has an output base of its own: switching the compiler in the
# usual one would make the next plain build start over. It makes no
# bazel-* links (--symlink_prefix=/): they would point the plain build's
# links (bazel-bin, bazel-testlogs, ...) at the fuzz build's outputs.
# A crash leaves its input there (crash-*) and fails the target. Prints one
# line per target, "fuzz TARGET: passed (N runs)" or "fuzz TARGET: failed",
# then exits 1 if any failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-20}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(events_fuzz filter_fuzz json_fuzz options_fuzz predicate_fuzz replay_fuzz)
work=${FUZZ_WORK:-/tmp/lzp-fuzz}

output_base="$HOME/.cache/bazel-lzptrace-fuzz/$(pwd | md5sum | cut -c1-12)"
bazel=(./bazelw --output_base="$output_base")
mkdir -p "$work"
labels=()
for t in "${targets[@]}"; do labels+=("//tests/fuzz:$t"); done
if ! "${bazel[@]}" build --config=fuzz --symlink_prefix=/ "${labels[@]}" ${BAZEL_FLAGS:-} >"$work.build.log" 2>&1; then
  tail -30 "$work.build.log" >&2
  for t in "${targets[@]}"; do echo "fuzz $t: failed (build)"; done
  exit 1
fi
bin=$("${bazel[@]}" info --config=fuzz bazel-bin 2>/dev/null)

# Targets run side by side, ${FUZZ_JOBS:-one per core} at a time; each
# writes its result to its own file, printed in the targets' order at the end.
jobs=${FUZZ_JOBS:-$(nproc)}
run_target() {
  local t=$1 log="$work/$1/log"
  mkdir -p "$work/$t/corpus"
  # -close_fd_mask=3: the targets' own stdout/stderr (usage texts, refusals) are noise.
  "$bin/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -close_fd_mask=3 \
    -artifact_prefix="$work/$t/" "$work/$t/corpus" "tests/fuzz/$t" >"$log" 2>&1
  local rc=$? runs
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo '?')
  if [[ $rc -eq 0 ]]; then
    echo "fuzz $t: passed ($runs runs in ${seconds} s)" >"$work/$t/result"
  else
    grep -m5 -E 'ERROR|runtime error|Test unit written' "$log" >&2
    echo "fuzz $t: failed (log: $log)" >"$work/$t/result"
  fi
}
for t in "${targets[@]}"; do
  rm -f "$work/$t/result"
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n; done
  run_target "$t" &
done
wait

failed=0
for t in "${targets[@]}"; do
  result=$(cat "$work/$t/result" 2>/dev/null || echo "fuzz $t: failed (no result)")
  echo "$result"
  [[ $result == *": passed"* ]] || failed=$((failed + 1))
done
exit $((failed > 0))
