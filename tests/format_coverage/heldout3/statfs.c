// statfs, fstatfs: /proc and /sys (stable values), a pipe's fs, missing paths, bad fds and pointers.
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct statfs s;
  syscall(SYS_statfs, "/proc", &s);
  syscall(SYS_statfs, "/sys/fs/cgroup", &s);
  syscall(SYS_statfs, "/nonexistent-h3", &s);
  syscall(SYS_statfs, "/proc", (void*)0xbad0000);
  int p[2]; pipe(p);
  syscall(SYS_fstatfs, p[0], &s);
  syscall(SYS_fstatfs, -1, &s);
  return 0;
}
