// fanotify_init and fanotify_mark (class, flags, event masks), quotactl and quotactl_fd commands on no quota.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_LARGEFILE);
  fanotify_init(FAN_CLASS_CONTENT | FAN_REPORT_FID, O_RDWR);
  fanotify_init(0x80000000, 0);
  fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE | FAN_ONDIR, AT_FDCWD, "/tmp");
  fanotify_mark(fd, FAN_MARK_REMOVE | FAN_MARK_MOUNT, FAN_ACCESS, AT_FDCWD, "/nonexistent-lzp");
  fanotify_mark(fd, FAN_MARK_FLUSH, 0, -1, NULL);
  fanotify_mark(-1, 0x7000, 0x12345678, 5, "x");
  close(fd);
  char buf[128]; int fmt;
  quotactl(QCMD(Q_GETFMT, USRQUOTA), "/dev/nonexistent-lzp", 0, (char*)&fmt);
  quotactl(QCMD(Q_GETQUOTA, GRPQUOTA), "/dev/nonexistent-lzp", 1000, buf);
  quotactl(QCMD(Q_QUOTAON, PRJQUOTA), "/dev/nonexistent-lzp", QFMT_VFS_V1, "/quota.user");
  quotactl(QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL);
  quotactl(QCMD(0x7777, 5), "/dev/nonexistent-lzp", 0, NULL);
  syscall(SYS_quotactl_fd, -1, QCMD(Q_GETINFO, USRQUOTA), 0, buf);
  return 0;
}
