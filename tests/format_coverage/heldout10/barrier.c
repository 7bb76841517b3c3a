// A barrier of two: the thread arrives first and sleeps (futex wait); the creator waits for it to sleep, arrives last and wakes it (FUTEX_WAKE_PRIVATE); then joins once it is gone. sem_post/sem_wait of an unnamed semaphore without contention (no calls) and sem_timedwait that times out.
// compare-options: -e trace=!open,pread64
// compare-options: -e trace=!open,pread64,mmap -x
// compare-options: -e trace=futex -X raw
#include "h10.h"
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
static pthread_barrier_t b;
static volatile long tid;
static void *run(void *a) {
  tid = syscall(SYS_gettid);
  pthread_barrier_wait(&b);
  return a;
}
int main(void) {
  pthread_barrier_init(&b, 0, 2);
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  while (!tid) ;
  h10_wait_state(tid, "S");
  int task = h10_open_task(tid);
  pthread_barrier_wait(&b);
  h10_wait_gone(task);
  pthread_join(t, 0);
  sem_t s;
  sem_init(&s, 0, 1);
  sem_wait(&s);
  struct timespec ts = {2, 0};
  sem_timedwait(&s, &ts);
  sem_destroy(&s);
  return 0;
}
