// POSIX message queue attributes read back on success: mq_getsetattr after sends (mq_curmsgs counts), after setting O_NONBLOCK and back, with an unknown mq_flags bit; mq_timedreceive's received bytes and priority written back; mq_notify with SIGEV_SIGNAL (si_value), SIGEV_NONE, removal, and a second registration (EBUSY); default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct mq_attr a = {.mq_maxmsg = 4, .mq_msgsize = 16}, o;
  int q = syscall(SYS_mq_open, "lzp-h7-mqattr", O_RDWR | O_CREAT | O_EXCL, 0600, &a);
  syscall(SYS_mq_getsetattr, q, 0, &o);
  syscall(SYS_mq_timedsend, q, "hello", 5, 3, 0);
  syscall(SYS_mq_timedsend, q, "\x01\x02", 2, 0, 0);
  syscall(SYS_mq_getsetattr, q, 0, &o);
  memset(&a, 0, sizeof a);
  a.mq_flags = O_NONBLOCK;
  syscall(SYS_mq_getsetattr, q, &a, &o);
  a.mq_flags = O_NONBLOCK | 0x1;
  syscall(SYS_mq_getsetattr, q, &a, &o);
  a.mq_flags = 0;
  syscall(SYS_mq_getsetattr, q, &a, &o);
  char buf[16];
  unsigned prio = 99;
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, 0);
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, 0, 0);
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_SIGNAL;
  sev.sigev_signo = SIGUSR1;
  sev.sigev_value.sival_int = 42;
  syscall(SYS_mq_notify, q, &sev);
  syscall(SYS_mq_notify, q, &sev);
  syscall(SYS_mq_notify, q, 0);
  sev.sigev_notify = SIGEV_NONE;
  syscall(SYS_mq_notify, q, &sev);
  sev.sigev_notify = 7;
  syscall(SYS_mq_notify, q, &sev);
  close(q);
  syscall(SYS_mq_unlink, "lzp-h7-mqattr");
  return 0;
}
