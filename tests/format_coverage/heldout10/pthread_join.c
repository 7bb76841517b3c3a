// pthread_create/pthread_join: the thread's stack mapped (mmap, mprotect of the guard), clone3 with its flags, signals blocked around it; the creator polls pthread_tryjoin_np (no call) until the thread is gone, so join makes no futex call; a detached thread after it (the process ends while it may still be ending).
// compare-options: -e trace=!open,pread64
// compare-options: -e trace=!open,pread64 -e raw=all
// compare-options: -e trace=%memory,clone3,munmap -a 50
#include "h10.h"
#include <errno.h>
#include <pthread.h>
static volatile long tid;
static void *run(void *a) { tid = syscall(SYS_gettid); return a; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  while (!tid) ;
  while (pthread_tryjoin_np(t, 0) == EBUSY) ;  // no call until the thread is gone
  tid = 0;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&at, 1 << 20);
  pthread_create(&t, &at, run, 0);
  while (!tid) ;
  return 0;
}
