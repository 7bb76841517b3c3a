// Output pointers at 0xbad0000 for calls that otherwise succeed: the kernel fails with EFAULT after doing nothing (or after the work, for some), and strace prints the address. pipe, socketpair, getrlimit, prlimit64's old value, uname, sysinfo, times, getresuid/getresgid, getcpu, clock_getres, sched_getparam, sched_rr_get_interval, getitimer, rt_sigpending, getrusage, getgroups, get_robust_list, capget's data, sched_getaffinity, getsockname, wait4's status of no child.
#define _GNU_SOURCE
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  syscall(SYS_pipe, BAD);
  syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, BAD);
  syscall(SYS_getrlimit, RLIMIT_CORE, BAD);
  syscall(SYS_prlimit64, 0, RLIMIT_CORE, 0, BAD);
  syscall(SYS_uname, BAD);
  syscall(SYS_sysinfo, BAD);
  syscall(SYS_times, BAD);
  unsigned r[3];
  syscall(SYS_getresuid, r, BAD, r + 2);
  syscall(SYS_getresgid, BAD, r + 1, r + 2);
  syscall(SYS_getcpu, BAD, 0, 0);
  syscall(SYS_clock_getres, CLOCK_MONOTONIC, BAD);
  syscall(SYS_sched_getparam, 0, BAD);
  syscall(SYS_sched_rr_get_interval, 0, BAD);
  syscall(SYS_getitimer, ITIMER_PROF, BAD);
  syscall(SYS_rt_sigpending, BAD, 8);
  syscall(SYS_getrusage, RUSAGE_SELF, BAD);
  syscall(SYS_getgroups, 1, BAD);
  long head, len;
  syscall(SYS_get_robust_list, 0, BAD, &len);
  syscall(SYS_get_robust_list, 0, &head, BAD);
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
  syscall(SYS_capget, &h, BAD);
  syscall(SYS_sched_getaffinity, 0, 128, BAD);
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  socklen_t sl = 16;
  syscall(SYS_getsockname, s, BAD, &sl);
  syscall(SYS_wait4, -1, BAD, 0, 0);
  return 0;
}
