/* examples/refuse_port.c — a handler that makes every connect to one port fail.
 *
 * connect() to an IPv4 or IPv6 address whose port is REFUSE_PORT (in the
 * traced program's environment) fails with ECONNREFUSED without running;
 * other connects run. Usage:
 *   REFUSE_PORT=443 lzptrace --handler=bazel-bin/examples/librefuse_port.so curl https://example.com */
#include <lzptrace/handler.h>

#include "handler_env.h"

#define SYS_CONNECT 42
#define AF_INET 2
#define AF_INET6 10
#define ECONNREFUSED 111

static int on_enter(struct lzp_call* call) {
  char local[EXAMPLE_SETTING_MAX];
  long port = example_number(example_setting(call->svc, "REFUSE_PORT=", local));
  unsigned char head[4];  /* sa_family (2 bytes, little-endian), then the port in network order */
  if (port < 0 || call->args[2] < sizeof head || call->svc->read(head, (const void*)call->args[1], sizeof head) != 0)
    return LZP_RUN;
  int family = head[0] | head[1] << 8;
  if ((family != AF_INET && family != AF_INET6) || (head[2] << 8 | head[3]) != port) return LZP_RUN;
  call->result = -ECONNREFUSED;
  call->svc->note(call, "refused by refuse_port");
  return LZP_BLOCK;
}

static const struct lzp_handler refuse_port = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "refuse_port",
    .syscalls = {[0] = LZP_BIT(SYS_CONNECT)},
    .on_enter = on_enter,
};
LZPTRACE_HANDLER(refuse_port)
