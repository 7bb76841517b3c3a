// POSIX message queues at their edges: mq_open with attributes 0, -1 and huge, O_EXCL on an existing queue, every flag bit, a name without a slash and one of 256 bytes; mq_timedsend with priority 32768, a bad absolute timeout and length 0; mq_timedreceive into a short buffer; mq_getsetattr with unknown mq_flags and a NULL new value; mq_unlink of a missing queue.
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#define Q "lzp-h6-mq"
int main(void) {
  syscall(SYS_mq_unlink, Q);
  struct mq_attr at = {0, 0, 0, 0};
  syscall(SYS_mq_open, Q, O_RDWR | O_CREAT, 0600, &at);
  at.mq_maxmsg = -1; at.mq_msgsize = 16;
  syscall(SYS_mq_open, Q, O_RDWR | O_CREAT, 0600, &at);
  at.mq_maxmsg = 0x7fffffffffffLL; at.mq_msgsize = 0x7fffffffffffLL;
  syscall(SYS_mq_open, Q, O_RDWR | O_CREAT, 0600, &at);
  at.mq_maxmsg = 4; at.mq_msgsize = 16; at.mq_flags = 0x7ff; at.mq_curmsgs = 99;
  int q = syscall(SYS_mq_open, Q, O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK, 0600, &at);
  syscall(SYS_mq_open, Q, O_RDWR | O_CREAT | O_EXCL, 0600, &at);
  syscall(SYS_mq_open, Q, 0xffffffff, 07777, BAD);
  syscall(SYS_mq_open, "/" Q, O_RDONLY);
  char name[257];
  memset(name, 'q', 256);
  name[256] = 0;
  syscall(SYS_mq_open, name, O_RDONLY);
  struct timespec ts = {0, 1000000000};
  syscall(SYS_mq_timedsend, q, "hello", 5, 32768, 0);
  syscall(SYS_mq_timedsend, q, "hello", 0, 31, 0);
  syscall(SYS_mq_timedsend, q, "hello there, queue", 18, 1, 0);
  syscall(SYS_mq_timedsend, q, "x", 1, 0, &ts);
  syscall(SYS_mq_timedsend, q, BAD, 1, 0, 0);
  char buf[32];
  unsigned prio;
  syscall(SYS_mq_timedreceive, q, buf, 4, &prio, 0);
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, 0);
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, BAD, 0);
  syscall(SYS_mq_timedreceive, q, buf, sizeof buf, 0, &ts);
  struct mq_attr nw = {O_NONBLOCK | 0x10, 7, 7, 7}, old;
  syscall(SYS_mq_getsetattr, q, &nw, &old);
  syscall(SYS_mq_getsetattr, q, 0, &old);
  syscall(SYS_mq_getsetattr, q, 0, BAD);
  syscall(SYS_mq_unlink, Q);
  syscall(SYS_mq_unlink, Q);
  syscall(SYS_mq_unlink, "");
  return 0;
}
