/* examples/redirect_open.c — a handler that opens one path in place of another.
 *
 * open and openat of exactly REDIRECT_FROM open REDIRECT_TO instead (both
 * from the traced program's environment): the replacement path is written
 * into the call's scratch, which lives until the call returns, and the
 * path argument pointed there; lzptrace puts the program's own pointer back
 * afterwards. The trace shows the path opened, with a note. Usage:
 *   REDIRECT_FROM=/etc/hostname REDIRECT_TO=/etc/os-release \
 *     lzptrace --handler=bazel-bin/examples/libredirect_open.so cat /etc/hostname */
#include <lzptrace/handler.h>

#include "handler_env.h"

#define SYS_OPEN 2
#define SYS_OPENAT 257

/* The settings, read once: REDIRECT_FROM in store slots 1.., REDIRECT_TO
 * read on each use into the scratch (it is needed only when a path matches). */
static int matches(const struct lzp_call* call, uint64_t program_path, const char* wanted) {
  char got[EXAMPLE_SETTING_MAX];
  long n = 0;
  while (wanted[n] != '\0') ++n;
  /* One byte more than the wanted path: its NUL must be there too. Reading
   * byte by byte stops at a fault without reading past the string's page. */
  for (long i = 0; i <= n; ++i)
    if (call->svc->read(&got[i], (const void*)(program_path + i), 1) != 0 || got[i] != wanted[i]) return 0;
  return 1;
}

static int on_enter(struct lzp_call* call) {
  char local[EXAMPLE_SETTING_MAX];
  const char* from = example_setting(call->svc, "REDIRECT_FROM=", local);
  if (from == 0) return LZP_RUN;
  int path_arg = call->nr == SYS_OPEN ? 0 : 1;
  if (!matches(call, call->args[path_arg], from)) return LZP_RUN;
  char* to = (char*)call->scratch;
  if (example_read_setting(call->svc, "REDIRECT_TO=", to) < 0) return LZP_RUN;
  call->args[path_arg] = (uint64_t)to;
  call->svc->note(call, "redirected by redirect_open");
  return LZP_RUN;
}

static const struct lzp_handler redirect_open = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "redirect_open",
    .syscalls = {[0] = LZP_BIT(SYS_OPEN), [SYS_OPENAT / 64] = LZP_BIT(SYS_OPENAT)},
    .on_enter = on_enter,
};
LZPTRACE_HANDLER(redirect_open)
