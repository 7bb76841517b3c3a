// -p of a multi-threaded process: a pthread asleep in read on the fifo and the main thread in pthread_join (futex). With -f every thread is attached (injection); without, only the main thread (strace's way: stepped). The byte ends the thread and the join.
// attach-block: futex
// attach-then: wake
// attach-options:
// attach-options: -f
// attach-order: multiset
#include "attach.h"
#include <pthread.h>
static int fd;
static void *run(void *a) {
  (void)a;
  char b;
  syscall(SYS_read, fd, &b, 1);
  syscall(SYS_gettid);
  return 0;
}
int main(int argc, char **argv) {
  (void)argc;
  fd = open_fifo(argv[1], "wake");
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  pthread_join(t, 0);
  syscall(SYS_getppid);
  return 0;
}
