// pthread_cancel of a thread asleep in read on a pipe (a cancellation point): SIGCANCEL sent with tgkill (strace names it SIGRTMIN), the thread unwinds (libgcc_s loaded for the unwinder) and exits; the creator joins once it is gone and gets PTHREAD_CANCELED. futex is hidden: whether the exiting thread meets pthread_cancel still holding the thread's lock depends on the tracer's speed (always under strace, never under lzptrace).
// compare-options: -e trace=!open,pread64,futex
// compare-options: -e trace=!open,pread64,futex,mmap,mprotect -e signal=none
// compare-options: -e trace=tgkill,rt_sigaction,openat,munmap -n
#include "h10.h"
#include <pthread.h>
static volatile long tid;
static int p[2];
static void *run(void *a) {
  char c;
  tid = syscall(SYS_gettid);
  read(p[0], &c, 1);
  return a;
}
int main(void) {
  pipe(p);
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  while (!tid) ;
  h10_wait_state(tid, "S");
  int task = h10_open_task(tid);
  pthread_cancel(t);
  void *r;
  h10_wait_gone(task);
  pthread_join(t, &r);
  return r == PTHREAD_CANCELED ? 0 : 1;
}
