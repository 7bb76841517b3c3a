# Sanitizer flags for the CLI and its tests, chosen by .bazelrc's configs:
# --config=asan (--define=sanitize=asan, the default compiler: ASan+UBSan) and
# --config=fuzz (--define=sanitize=fuzz, clang-14: libFuzzer's coverage too).
# A target opts in by naming these in its copts/linkopts; the interposer
# (tracer/, asm/) never does: it runs inside the tracee without a libc, where
# no sanitizer runtime can live, and the traced test programs stay plain so
# that they make the same syscalls as untraced.

_COMMON = [
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=undefined",  # undefined behaviour fails the test, not just a line on stderr
    "-fno-omit-frame-pointer",
]

SANITIZE_COPTS = select({
    "//tools:sanitize_asan": _COMMON,
    "//tools:sanitize_fuzz": _COMMON + ["-fsanitize=fuzzer-no-link"],
    "//conditions:default": [],
})

# clang links the C++ parts of UBSan's runtime only when it drives a C++ link;
# Bazel links with the C driver, so ask for them.
SANITIZE_LINKOPTS = select({
    "//tools:sanitize_asan": ["-fsanitize=address,undefined"],
    "//tools:sanitize_fuzz": ["-fsanitize=address,undefined", "-fsanitize-link-c++-runtime"],
    "//conditions:default": [],
})

# A libFuzzer target's own link: libFuzzer's main and the sanitizers.
FUZZ_LINKOPTS = ["-fsanitize=fuzzer,address,undefined", "-fsanitize-link-c++-runtime"]
