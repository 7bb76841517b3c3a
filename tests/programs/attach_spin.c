/* A running process for -p whose threads are always inside syscalls: two
 * threads call getppid without pause, so that lzptrace interrupts them
 * anywhere — in the program, on page 0, in the interposer's entry path, its
 * signal handler, its ring writer — and must still take the interposer out
 * cleanly. The main thread answers "count N" for each byte on stdin; on EOF
 * it exits with status 7 (the spinning threads with it). With an argument,
 * it starts that many spinning threads instead of two; then the byte 't'
 * starts one more, which first sleeps in a read of a pipe, made through
 * syscall(3) (whose site the main thread's getppid just ran: in hybrid mode
 * one the interposer rewrote), until the byte 'p' writes to the pipe, and
 * says "woken" itself. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static void* spin(void* arg) {
  for (;;) syscall(SYS_getppid);
  return arg;
}

static int feed[2];

static void* sleep_then_spin(void* arg) {
  char c;
  if (syscall(SYS_read, feed[0], &c, 1) == 1) write(1, "woken\n", 6);
  return spin(arg);
}

int main(int argc, char** argv) {
  pthread_t t;
  int threads = argc > 1 ? atoi(argv[1]) : 2;
  for (int i = 0; i < threads; ++i) pthread_create(&t, NULL, spin, NULL);
  pipe(feed);
  char c;
  for (int n = 1; read(0, &c, 1) == 1; ++n) {
    if (c == 't') {
      syscall(SYS_getppid);
      pthread_create(&t, NULL, sleep_then_spin, NULL);
    }
    if (c == 'p') {
      write(feed[1], "x", 1);
      continue;
    }
    char line[32];
    int len = snprintf(line, sizeof(line), "count %d\n", n);
    write(1, line, (size_t)len);
  }
  return 7;
}
