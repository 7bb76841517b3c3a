/* A running process for -p: for each byte it reads on stdin, it calls
 * getppid and writes "reply N\n" to stdout, from its main thread; two more
 * threads wait on a pipe nobody writes to. On EOF it exits with status 7. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static int never[2];

static void* idle(void* arg) {
  (void)arg;
  char c;
  read(never[0], &c, 1);
  return NULL;
}

int main(void) {
  pipe(never);
  pthread_t threads[2];
  for (int i = 0; i < 2; ++i) pthread_create(&threads[i], NULL, idle, NULL);
  char c;
  for (int n = 1; read(0, &c, 1) == 1; ++n) {
    syscall(SYS_getppid);
    char line[32];
    int len = snprintf(line, sizeof(line), "reply %d\n", n);
    write(1, line, (size_t)len);
  }
  return 7;
}
