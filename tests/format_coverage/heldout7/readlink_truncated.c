// readlink/readlinkat answers: a target longer than the buffer (truncated, no NUL), buffer sizes 1 and 0 (EINVAL), a negative size, a target with special bytes under -x and -s 4, /proc/self/fd links of a pipe and a memfd, readlinkat on an O_PATH fd of the link with an empty name.
// compare-options:
// compare-options: -x
// compare-options: -s 4
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-readlink"
int main(void) {
  mkdir(D, 0700);
  symlink("a-target-that-is-longer-than-the-buffer", D "/long");
  symlink("t\tab\"q\xff\x01", D "/odd");
  char buf[64];
  syscall(SYS_readlink, D "/long", buf, 10);
  syscall(SYS_readlink, D "/long", buf, 1);
  syscall(SYS_readlink, D "/long", buf, 0);
  syscall(SYS_readlink, D "/long", buf, -1);
  syscall(SYS_readlink, D "/odd", buf, sizeof buf);
  int p[2];
  pipe(p);
  int m = memfd_create("h7-name", 0);
  char path[64];
  snprintf(path, sizeof path, "/proc/self/fd/%d", m);
  syscall(SYS_readlinkat, AT_FDCWD, path, buf, sizeof buf);
  snprintf(path, sizeof path, "/proc/self/fd/%d", p[0]);
  syscall(SYS_readlinkat, AT_FDCWD, path, buf, sizeof buf);
  int o = open(D "/long", O_PATH | O_NOFOLLOW);
  syscall(SYS_readlinkat, o, "", buf, sizeof buf);
  syscall(SYS_readlinkat, o, "", buf, 5);
  unlink(D "/long");
  unlink(D "/odd");
  rmdir(D);
  return 0;
}
