/* examples/allow_all.c — the smallest handler: every syscall reaches it and
 * runs unchanged. bench/ measures what a handler costs with it. */
#include <lzptrace/handler.h>

static int on_enter(struct lzp_call* call) {
  (void)call;
  return LZP_RUN;
}

static const struct lzp_handler allow_all = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "allow_all",
    .syscalls = {~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull},
    .on_enter = on_enter,
};
LZPTRACE_HANDLER(allow_all)
