/* tests/handlers/rewrite_calls.c — a test handler for the actions the
 * examples do not take (tests/handlers_test.cc):
 *   - getppid is replaced by getpid (another call made instead), noted;
 *   - getuid returns 4242 (on_exit changes the result);
 *   - uname's nodename reads "handled" (on_exit writes the program's memory);
 *   - getpgrp is asked to become close, which the interposer follows itself:
 *     refused, the call fails with ENOSYS and lzptrace says so. */
#include <lzptrace/handler.h>

#define SYS_CLOSE 3
#define SYS_GETPGRP 111
#define SYS_GETPID 39
#define SYS_GETUID 102
#define SYS_GETPPID 110
#define SYS_UNAME 63
#define NODENAME_OFFSET 65  /* struct utsname: sysname[65], then nodename */

static int on_enter(struct lzp_call* call) {
  if (call->nr == SYS_GETPPID) {
    call->nr = SYS_GETPID;
    call->svc->note(call, "getpid made for getppid");
  } else if (call->nr == SYS_GETPGRP) {
    call->nr = SYS_CLOSE;
  }
  return LZP_RUN;
}

static void on_exit(struct lzp_call* call) {
  if (call->nr == SYS_GETUID) call->result = 4242;
  if (call->nr == SYS_UNAME && call->result == 0)
    call->svc->write((void*)(call->args[0] + NODENAME_OFFSET), "handled", sizeof "handled");
}

static const struct lzp_handler rewrite_calls = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "rewrite_calls",
    .syscalls = {[0] = LZP_BIT(SYS_UNAME),
                 [SYS_GETUID / 64] = LZP_BIT(SYS_GETUID) | LZP_BIT(SYS_GETPPID) | LZP_BIT(SYS_GETPGRP)},
    .on_enter = on_enter,
    .on_exit = on_exit,
};
LZPTRACE_HANDLER(rewrite_calls)
