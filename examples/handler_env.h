/* examples/handler_env.h — what the example handlers share: reading a
 * setting from the process's environment without libc.
 *
 * A handler has no getenv: it reads /proc/self/environ (the environment the
 * process was started with) through the raw, untraced syscalls lzptrace
 * gives it, and finds NAME=VALUE there. Once per process: the first caller
 * claims the handler's store slot 0 (0 -> 1) with a compare-and-swap, reads,
 * and publishes the value in slots 1.. (as bytes) with slot 0 = 2; a caller
 * that finds another one reading meanwhile reads for itself. No locks,
 * nothing allocated: safe in any thread and in signal handlers. */
#ifndef LZPTRACE_EXAMPLES_HANDLER_ENV_H_
#define LZPTRACE_EXAMPLES_HANDLER_ENV_H_

#include <lzptrace/handler.h>

#define EXAMPLE_SETTING_MAX 256
#define EXAMPLE_SYS_READ 0
#define EXAMPLE_SYS_CLOSE 3
#define EXAMPLE_SYS_OPENAT 257
#define EXAMPLE_AT_FDCWD (-100)
#define EXAMPLE_O_RDONLY_CLOEXEC 02000000

/* Finds `name` (with its '=') in /proc/self/environ; copies the value, NUL
 * ended, into out (EXAMPLE_SETTING_MAX bytes). Returns its length, or -1. */
static long example_read_setting(const struct lzp_services* svc, const char* name, char* out) {
  char buf[512];  /* small: a handler may run on a small signal stack */
  long fd = svc->syscall(EXAMPLE_SYS_OPENAT, EXAMPLE_AT_FDCWD, (long)"/proc/self/environ", EXAMPLE_O_RDONLY_CLOEXEC, 0, 0, 0);
  if (fd < 0) return -1;
  long found = -1, at = 0, matched = 0;  /* matched: bytes of name matched at the start of this entry */
  int in_value = 0, at_entry_start = 1;
  for (;;) {
    long n = svc->syscall(EXAMPLE_SYS_READ, fd, (long)buf, sizeof buf, 0, 0, 0);
    if (n <= 0) break;
    for (long i = 0; i < n; ++i) {
      char c = buf[i];
      if (in_value) {
        if (c == '\0') { out[at] = '\0'; found = at; in_value = 0; goto done; }
        if (at < EXAMPLE_SETTING_MAX - 1) out[at++] = c;
        continue;
      }
      if (c == '\0') { at_entry_start = 1; matched = 0; continue; }
      if (at_entry_start && name[matched] == c) {
        ++matched;
        if (name[matched] == '\0') { in_value = 1; at = 0; }
        continue;
      }
      at_entry_start = 0;
    }
  }
  if (in_value) { out[at] = '\0'; found = at; }
done:
  svc->syscall(EXAMPLE_SYS_CLOSE, fd, 0, 0, 0, 0, 0);
  return found;
}

/* The setting, read once per process and kept in the store (slots 1..32). */
static const char* example_setting(const struct lzp_services* svc, const char* name, char* local) {
  uint64_t* state = &svc->store[0];
  char* kept = (char*)&svc->store[1];
  uint64_t expected = 0;
  if (__atomic_load_n(state, __ATOMIC_ACQUIRE) == 2) return kept[0] == '\0' ? 0 : kept;
  if (__atomic_compare_exchange_n(state, &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    long n = example_read_setting(svc, name, kept);
    if (n < 0) kept[0] = '\0';
    __atomic_store_n(state, 2, __ATOMIC_RELEASE);
    return n < 0 ? 0 : kept;
  }
  if (expected == 2) return kept[0] == '\0' ? 0 : kept;
  return example_read_setting(svc, name, local) < 0 ? 0 : local;  /* another thread is reading: read too */
}

/* Decimal digits to a number; -1 if there are none or something else. */
__attribute__((unused)) static long example_number(const char* s) {
  long v = 0;
  if (s == 0 || *s == '\0') return -1;
  for (; *s; ++s) {
    if (*s < '0' || *s > '9') return -1;
    v = v * 10 + (*s - '0');
  }
  return v;
}

#endif /* LZPTRACE_EXAMPLES_HANDLER_ENV_H_ */
