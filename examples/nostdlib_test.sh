#!/usr/bin/env bash
# examples/nostdlib_test.sh — a handler that calls into libc does not link
# with the examples' flags (examples/handler_flags.bzl, passed as arguments),
# while one that does not, links: the rule of lzptrace/handler.h enforced.
set -euo pipefail
header_dir="$(dirname "$1")/.."   # $1: tracer/include/lzptrace/handler.h
shift
work="${TEST_TMPDIR:-/tmp}/nostdlib.$$"
mkdir -p "$work"
cat > "$work/uses_malloc.c" <<'C'
#include <lzptrace/handler.h>
void* malloc(unsigned long);
static int on_enter(struct lzp_call* call) { return malloc(16) != 0 ? LZP_RUN : LZP_BLOCK; }
static const struct lzp_handler h = {LZPTRACE_HANDLER_ABI, sizeof(struct lzp_handler), "uses_malloc", {~0ull}, on_enter, 0, 0};
LZPTRACE_HANDLER(h)
C
sed 's/return malloc(16) != 0 ? LZP_RUN : LZP_BLOCK;/(void)call; return LZP_RUN;/' "$work/uses_malloc.c" > "$work/plain.c"
gcc -shared -I "$header_dir" "$@" -o "$work/plain.so" "$work/plain.c"
if gcc -shared -I "$header_dir" "$@" -o "$work/uses_malloc.so" "$work/uses_malloc.c" 2> "$work/err"; then
  echo "a handler calling malloc linked: -nostdlib is not enforced" >&2
  exit 1
fi
grep -q "undefined reference to .malloc" "$work/err" || { cat "$work/err" >&2; exit 1; }
echo "ok: malloc refused at link time"
