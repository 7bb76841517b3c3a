/* A running process for -p whose threads are always inside syscalls: two
 * threads call getppid without pause, so that lzptrace interrupts them
 * anywhere — in the program, on page 0, in the interposer's entry path, its
 * signal handler, its ring writer — and must still take the interposer out
 * cleanly. The main thread answers "count N" for each byte on stdin; on EOF
 * it exits with status 7 (the spinning threads with it). */
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static void* spin(void* arg) {
  for (;;) syscall(SYS_getppid);
  return arg;
}

int main(void) {
  pthread_t t;
  for (int i = 0; i < 2; ++i) pthread_create(&t, NULL, spin, NULL);
  char c;
  for (int n = 1; read(0, &c, 1) == 1; ++n) {
    char line[32];
    int len = snprintf(line, sizeof(line), "count %d\n", n);
    write(1, line, (size_t)len);
  }
  return 7;
}
