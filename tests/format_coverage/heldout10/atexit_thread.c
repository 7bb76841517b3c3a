// exit(3) from a thread: atexit and on_exit handlers run in that thread (a write each), then exit_group ends the process while the creator sleeps in read on a pipe (<unfinished ...> and = ?). The thread waits for the creator to sleep. (Under -f strace itself prints the thread's exit_group whole or <unfinished ...> from run to run: no -f variant.)
// compare-options: -e trace=!open,pread64
// compare-options: -yy -e trace=read,pipe2,exit_group,munmap
#include "h10.h"
#include <pthread.h>
static int p[2];
static long main_tid;
static void bye(void) { write(p[1], "atexit", 6); }
static void bye2(int st, void *a) { (void)a; write(p[1], st == 3 ? "3" : "?", 1); }
static void *run(void *a) {
  h10_wait_state(main_tid, "S");
  exit(3);
  return a;
}
int main(void) {
  char c;
  pipe(p);
  atexit(bye);
  on_exit(bye2, 0);
  main_tid = getpid();
  int q[2];
  pipe(q);  // before the thread opens its /proc file
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  read(p[0], &c, 0);
  read(q[0], &c, 1);
  return 0;
}
