/* examples/wrong_abi.c — a handler built for a future ABI version (2), which
 * this lzptrace must refuse by name (tests/handlers_test.cc). Not an example
 * to follow. */
#define LZPTRACE_HANDLER_ABI 2
#include <lzptrace/handler.h>

static const struct lzp_handler wrong_abi = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "wrong_abi",
};
LZPTRACE_HANDLER(wrong_abi)
