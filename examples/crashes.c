/* examples/crashes.c — a handler that crashes on the first getppid it sees
 * (a null write), for tests/handlers_test.cc: lzptrace must name it and the
 * call, and the process must die of the SIGSEGV as it would. Not an example
 * to follow. */
#include <lzptrace/handler.h>

#define SYS_GETPPID 110

static int on_enter(struct lzp_call* call) {
  (void)call;
  volatile uint64_t nowhere = 16;  /* an unmapped address the compiler cannot see */
  *(volatile int*)nowhere = 1;
  return LZP_RUN;
}

static const struct lzp_handler crashes = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "crashes",
    .syscalls = {[SYS_GETPPID / 64] = LZP_BIT(SYS_GETPPID)},
    .on_enter = on_enter,
};
LZPTRACE_HANDLER(crashes)
