/* Makes N (argv[1]) getppid syscalls, each with its index in an unused
 * argument register so their order is visible, then sends itself SIGKILL
 * (or the signal numbered argv[2]) and dies of it. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 500;
  for (long i = 0; i < n; ++i) syscall(SYS_getppid, i);
  kill(getpid(), argc > 2 ? atoi(argv[2]) : SIGKILL);
  return 0;
}
