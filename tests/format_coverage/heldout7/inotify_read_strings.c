// inotify events read back (the buffer is a string to strace) under -x, -xx and -s 8: names of several lengths padded with NULs, IN_ISDIR, a read buffer too small (EINVAL), FIONREAD on the inotify fd.
// compare-options:
// compare-options: -x
// compare-options: -xx
// compare-options: -s 8
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-inoread"
int main(void) {
  mkdir(D, 0700);
  int in = inotify_init1(IN_NONBLOCK);
  inotify_add_watch(in, D, IN_CREATE | IN_DELETE);
  close(open(D "/a", O_CREAT | O_WRONLY, 0600));
  close(open(D "/longer-name-\xe9\n", O_CREAT | O_WRONLY, 0600));
  mkdir(D "/sub", 0700);
  int n = 0;
  syscall(SYS_ioctl, in, FIONREAD, &n);
  char small[8];
  syscall(SYS_read, in, small, sizeof small);
  char buf[1024];
  syscall(SYS_read, in, buf, sizeof buf);
  syscall(SYS_read, in, buf, sizeof buf);
  unlink(D "/a");
  unlink(D "/longer-name-\xe9\n");
  rmdir(D "/sub");
  rmdir(D);
  return 0;
}
