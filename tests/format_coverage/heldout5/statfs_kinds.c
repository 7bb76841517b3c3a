// fstatfs on pseudo filesystems (pipefs, sockfs, anon inodes, procfs, sysfs), statfs of missing and bad paths, bad buffers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct statfs s;
  int p[2], sv[2];
  pipe(p);
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  int e = eventfd(0, 0);
  int pr = open("/proc/self", O_RDONLY | O_DIRECTORY);
  int sy = open("/sys", O_RDONLY | O_DIRECTORY);
  syscall(SYS_fstatfs, p[0], &s);
  syscall(SYS_fstatfs, sv[0], &s);
  syscall(SYS_fstatfs, e, &s);
  syscall(SYS_fstatfs, pr, &s);
  syscall(SYS_fstatfs, sy, &s);
  syscall(SYS_fstatfs, pr, (void*)0xbad0000);
  syscall(SYS_fstatfs, -1, &s);
  syscall(SYS_statfs, "/proc", &s);
  syscall(SYS_statfs, "/nonexistent-h5", &s);
  syscall(SYS_statfs, (void*)0xbad0000, &s);
  syscall(SYS_statfs, "/sys", NULL);
  return 0;
}
