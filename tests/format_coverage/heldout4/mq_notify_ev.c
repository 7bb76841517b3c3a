// mq_notify's sigevent (signal, thread, none, unregister, unknown), mq_getsetattr with flags, mq_unlink and mq_open bad names.
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct mq_attr at = {0, 4, 64, 0};
  int q = syscall(SYS_mq_open, "lzp-h4-mq", O_RDWR | O_CREAT | O_EXCL, 0600, &at);
  struct sigevent e;
  memset(&e, 0, sizeof e);
  e.sigev_notify = SIGEV_SIGNAL;
  e.sigev_signo = SIGUSR1;
  e.sigev_value.sival_int = 7;
  syscall(SYS_mq_notify, q, &e);
  syscall(SYS_mq_notify, q, &e);
  syscall(SYS_mq_notify, q, NULL);
  e.sigev_notify = SIGEV_NONE;
  syscall(SYS_mq_notify, q, &e);
  syscall(SYS_mq_notify, q, NULL);
  e.sigev_notify = 99;
  syscall(SYS_mq_notify, q, &e);
  syscall(SYS_mq_notify, q, (void*)0xbad0000);
  syscall(SYS_mq_notify, -1, NULL);
  struct mq_attr n = {O_NONBLOCK, 0, 0, 0}, o;
  syscall(SYS_mq_getsetattr, q, &n, &o);
  n.mq_flags = 0xffff;
  syscall(SYS_mq_getsetattr, q, &n, NULL);
  syscall(SYS_mq_getsetattr, q, NULL, (void*)0xbad0000);
  syscall(SYS_mq_open, "", O_RDONLY, 0, NULL);
  syscall(SYS_mq_open, "a/b", O_RDONLY, 0, NULL);
  syscall(SYS_mq_open, "lzp-h4-mq", O_RDWR | O_CREAT, 0600, (void*)0xbad0000);
  close(q);
  syscall(SYS_mq_unlink, "lzp-h4-mq");
  syscall(SYS_mq_unlink, "lzp-h4-mq");
  syscall(SYS_mq_unlink, (void*)0xbad0000);
  return 0;
}
