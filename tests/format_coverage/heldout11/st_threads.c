// pthreads in a static program under -f: pthread_create (mmap of the stack, mprotect of the guard, rt_sigprocmask, clone3), the thread's own start (set_robust_list, rseq? as glibc does), a write, and pthread_join's futex; the creator waits for the thread to sleep before it joins.
// compare-build: -static
// compare-options: -f -e trace=!open,pread64
// compare-order: multiset
#include "../heldout9/sync.h"
#include <pthread.h>
static int p[2];
static void *run(void *a) {
  (void)a;
  char b;
  read(p[0], &b, 1);
  syscall(SYS_gettid);
  return 0;
}
int main(void) {
  pipe(p);
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  syscall(SYS_getppid);
  write(p[1], "x", 1);
  pthread_join(t, 0);
  return 0;
}
