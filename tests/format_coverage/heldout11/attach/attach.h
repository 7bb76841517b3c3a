// attach.h — what the -p scenarios share (attach.py compiles only *.c). Each
// program gets its own directory as argv[1], where attach.py made the fifos
// `wake` and `wake2`; the program opens them read-write (so the open never
// blocks and a read blocks until attach.py writes a byte) and then sleeps in
// the call the scenario attaches to. attach.py waits until the program is in
// that call (/proc/PID/task/*/syscall), attaches, waits for the tracer's
// `Process N attached` and for the program to sleep again, and then acts
// (writes to a fifo, sends a signal, connects).
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
static int open_fifo(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return open(path, O_RDWR);
}
static void on_signal(int s) { (void)s; }
// A handler for `sig` through glibc's sigaction(), with the flags given.
static void catch_with(int sig, int flags) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sa.sa_flags = flags;
  sigaction(sig, &sa, 0);
}
