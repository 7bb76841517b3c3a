/* examples/count_calls.c — a handler that counts syscalls per thread and
 * prints the table when the process exits.
 *
 * Every syscall reaches it. The counts live in the handler's per-process
 * store as (tid, count) pairs: a thread finds its pair or claims a free one
 * with a compare-and-swap, then adds one atomically, so threads never wait
 * for each other. At exit_group the table goes to stderr:
 *   count_calls: process 1234
 *     thread 1234: 57 calls
 *     thread 1235: 12 calls
 * Usage: lzptrace -f --handler=bazel-bin/examples/libcount_calls.so PROG */
#include <lzptrace/handler.h>

#define SYS_WRITE 1
#define PAIRS (LZP_STORE_SLOTS / 2)

static void count(const struct lzp_services* svc, uint64_t tid) {
  for (unsigned i = 0; i < PAIRS; ++i) {
    uint64_t* owner = &svc->store[2 * i];
    uint64_t seen = __atomic_load_n(owner, __ATOMIC_ACQUIRE);
    if (seen == 0) {
      uint64_t expected = 0;
      if (__atomic_compare_exchange_n(owner, &expected, tid, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) seen = tid;
      else seen = expected;
    }
    if (seen == tid) {
      __atomic_add_fetch(&svc->store[2 * i + 1], 1, __ATOMIC_RELAXED);
      return;
    }
  }  /* more threads than pairs: the rest are not counted */
}

static int on_enter(struct lzp_call* call) {
  count(call->svc, (uint64_t)call->tid);
  return LZP_RUN;
}

static char* put(char* at, const char* s) {
  while (*s) *at++ = *s++;
  return at;
}

static char* put_number(char* at, uint64_t n) {
  char digits[24];
  int k = 0;
  do digits[k++] = (char)('0' + n % 10); while ((n /= 10) != 0);
  while (k > 0) *at++ = digits[--k];
  return at;
}

static void on_process_exit(const struct lzp_services* svc, int status) {
  (void)status;
  char line[96];
  long pid = svc->syscall(39 /* getpid */, 0, 0, 0, 0, 0, 0);
  char* end = put_number(put(line, "count_calls: process "), (uint64_t)pid);
  *end++ = '\n';
  svc->syscall(SYS_WRITE, 2, (long)line, end - line, 0, 0, 0);
  for (unsigned i = 0; i < PAIRS; ++i) {
    uint64_t tid = __atomic_load_n(&svc->store[2 * i], __ATOMIC_ACQUIRE);
    if (tid == 0) break;
    end = put_number(put(line, "  thread "), tid);
    end = put_number(put(end, ": "), __atomic_load_n(&svc->store[2 * i + 1], __ATOMIC_RELAXED));
    end = put(end, " calls\n");
    svc->syscall(SYS_WRITE, 2, (long)line, end - line, 0, 0, 0);
  }
}

static const struct lzp_handler count_calls = {
    .abi = LZPTRACE_HANDLER_ABI,
    .size = sizeof(struct lzp_handler),
    .name = "count_calls",
    .syscalls = {~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull},
    .on_enter = on_enter,
    .on_process_exit = on_process_exit,
};
LZPTRACE_HANDLER(count_calls)
