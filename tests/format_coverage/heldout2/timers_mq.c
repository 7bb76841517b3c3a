// POSIX timers and message queues: create, arm, read, delete; bad ids, bad clocks, bad attributes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  struct sigevent sev; memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_NONE;
  int t = -1;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &t);
  struct itimerspec its = {{0, 0}, {100, 5}}, old;
  syscall(SYS_timer_settime, t, 0, &its, &old);
  syscall(SYS_timer_settime, t, TIMER_ABSTIME, &its, NULL);
  syscall(SYS_timer_gettime, t, &old);
  syscall(SYS_timer_getoverrun, t);
  syscall(SYS_timer_delete, t);
  sev.sigev_notify = SIGEV_SIGNAL; sev.sigev_signo = SIGUSR1; sev.sigev_value.sival_int = 42;
  syscall(SYS_timer_create, 77, &sev, &t);
  syscall(SYS_timer_create, CLOCK_REALTIME, NULL, NULL);
  syscall(SYS_timer_gettime, 12345, &old);
  syscall(SYS_timer_delete, -1);
  struct mq_attr attr = {.mq_flags = 0, .mq_maxmsg = 4, .mq_msgsize = 16};
  int q = syscall(SYS_mq_open, "lzp-heldout2-mq", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
  struct timespec ts = {0, 0};
  syscall(SYS_mq_timedsend, q, "hello", 5, 3, &ts);
  char buf[16]; unsigned prio;
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, &ts);
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, &ts);
  struct mq_attr got; syscall(SYS_mq_getsetattr, q, NULL, &got);
  attr.mq_flags = O_NONBLOCK; syscall(SYS_mq_getsetattr, q, &attr, &got);
  syscall(SYS_mq_notify, q, NULL);
  close(q);
  syscall(SYS_mq_unlink, "lzp-heldout2-mq");
  syscall(SYS_mq_open, "lzp-heldout2-none", O_RDONLY, 0, NULL);
  syscall(SYS_mq_timedsend, -1, "x", 1, 0, NULL);
  return 0;
}
