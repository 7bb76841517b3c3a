/* examples/block_fd_writes.c — a handler that blocks the writes to one fd.
 *
 * write, writev, pwrite64 and pwritev to the fd BLOCK_WRITES_FD names (in
 * the traced program's environment; 1 if unset) fail with EPERM without
 * running, and the trace notes why. Usage:
 *   BLOCK_WRITES_FD=2 lzptrace --handler=bazel-bin/examples/libblock_fd_writes.so PROG */
#include <lzptrace/handler.h>

#include "handler_env.h"

#define SYS_WRITE 1
#define SYS_PWRITE64 18
#define SYS_WRITEV 20
#define SYS_PWRITEV 296
#define EPERM 1

static int on_enter(struct lzp_call* call) {
  char local[EXAMPLE_SETTING_MAX];
  long fd = example_number(example_setting(call->svc, "BLOCK_WRITES_FD=", local));
  if (fd < 0) fd = 1;
  if ((long)(int)call->args[0] != fd) return LZP_RUN;
  call->result = -EPERM;
  call->svc->note(call, "blocked by block_fd_writes");
  return LZP_BLOCK;
}

static const struct lzp_handler block_fd_writes = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "block_fd_writes",
    .syscalls = {[0] = LZP_BIT(SYS_WRITE) | LZP_BIT(SYS_PWRITE64) | LZP_BIT(SYS_WRITEV),
                 [SYS_PWRITEV / 64] = LZP_BIT(SYS_PWRITEV)},
    .on_enter = on_enter,
};
LZPTRACE_HANDLER(block_fd_writes)
