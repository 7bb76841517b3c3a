// catch.h — the one helper the signal programs share (a header, not a
// program: compare.py compiles only *.c): install a handler that does
// nothing, through glibc's sigaction() so that the kernel gets glibc's
// restorer (the raw rt_sigaction with glibc's struct would not).
#include <signal.h>
#include <string.h>
static void ignore_plain(int s) { (void)s; }
static void ignore_info(int s, siginfo_t *si, void *uc) { (void)s; (void)si; (void)uc; }
static void catch_plain(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = ignore_plain;
  sigaction(sig, &sa, 0);
}
static void catch_info(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = ignore_info;
  sa.sa_flags = SA_SIGINFO;
  sigaction(sig, &sa, 0);
}
