// Unknown commands, operations and types across families, each printed by strace as a number with a comment or a plain value: fcntl, epoll_ctl, semctl, msgctl, shmctl, seccomp, sysfs, kcmp, io_uring_register, fsconfig, quotactl's subcommand, ptrace, capget's version, ioprio_get's which, add_key's type, bpf, landlock_add_rule's rule type, clock ids, socket levels for getsockopt.
#define _GNU_SOURCE
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int e = syscall(SYS_epoll_create1, 0);
  int fd = syscall(SYS_memfd_create, "u", 0);
  syscall(SYS_fcntl, fd, 0x7fffffff, 0);
  syscall(SYS_epoll_ctl, e, 99, fd, 0);
  syscall(SYS_semctl, 0, 0, 99, 0);
  syscall(SYS_msgctl, 0, 0x7fff, 0);
  syscall(SYS_shmctl, 0, 0x4242, 0);
  syscall(SYS_seccomp, 99, 0, 0);
  syscall(SYS_sysfs, 99, 0, 0);
  syscall(SYS_kcmp, getpid(), getpid(), 99, 0, 0);
  syscall(SYS_io_uring_register, fd, 0x7ff, 0, 0);
  syscall(SYS_fsconfig, fd, 99, 0, 0, 0);
  syscall(SYS_quotactl, 0x800099, "/dev/null", 0, 0);
  syscall(SYS_ptrace, 0x7fffffff, 0, 0, 0);
  unsigned hdr[2] = {0x12345678, 0};
  syscall(SYS_capget, hdr, 0);
  syscall(SYS_ioprio_get, 99, 0);
  syscall(SYS_add_key, "no-such-type", "d", "", 0, -1);
  syscall(SYS_bpf, 0x7fff, 0, 0);
  syscall(SYS_landlock_add_rule, -1, 99, 0, 0);
  struct timespec { long s, n; } ts;
  syscall(SYS_clock_gettime, 12, &ts);
  syscall(SYS_clock_getres, 0x7fffffff, &ts);
  int v;
  socklen_t len = 4;
  syscall(SYS_getsockopt, fd, 0x1234, 1, &v, &len);
  syscall(SYS_getsockopt, fd, -1, -1, &v, &len);
  return 0;
}
