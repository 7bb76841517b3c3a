// A condition variable: a thread sleeps in pthread_cond_wait (futex wait on the condition); the creator waits for it to sleep, then signals (FUTEX_WAKE_PRIVATE with 1 woken) and joins once it is gone; a timed wait that times out (FUTEX_WAIT_BITSET with an absolute time: ETIMEDOUT).
// compare-options: -e trace=!open,pread64
// compare-options: -e trace=futex
// compare-options: -e trace=futex -X abbrev -e abbrev=none
#include "h10.h"
#include <pthread.h>
#include <time.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static volatile long tid;
static int go;
static void *run(void *a) {
  pthread_mutex_lock(&m);
  tid = syscall(SYS_gettid);
  while (!go) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  return a;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  while (!tid) ;
  h10_wait_state(tid, "S");
  int task = h10_open_task(tid);
  pthread_mutex_lock(&m);
  go = 1;
  pthread_mutex_unlock(&m);
  pthread_cond_signal(&c);  // after the unlock: the woken thread finds the mutex free
  h10_wait_gone(task);
  pthread_join(t, 0);
  struct timespec ts = {1, 0};  // 1970: long past
  pthread_mutex_lock(&m);
  pthread_cond_timedwait(&c, &m, &ts);
  pthread_mutex_unlock(&m);
  return 0;
}
