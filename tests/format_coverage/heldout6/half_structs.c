// Structs cut by the end of a readable page (the rest unmapped), for syscalls no earlier set tried this way: nanosleep's and clock_nanosleep's timespec, setitimer's itimerval, timer_settime's and timerfd_settime's itimerspec, sched_setparam's sched_param at 2 of 4 bytes, setrlimit's rlimit, mq_open's mq_attr, sched_setattr's sched_attr, setsockopt's linger, futex's timeout, ppoll's timeout and select's timeval. Every call fails with EFAULT.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  char* p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  char* end = p + 4096;
  *(long*)(end - 8) = 1;
  syscall(SYS_nanosleep, end - 8, 0);
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, end - 8, 0);
  syscall(SYS_setitimer, ITIMER_REAL, end - 24, 0);
  int t = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, 0);
  syscall(SYS_timerfd_settime, t, 0, end - 24, 0);
  syscall(SYS_sched_setparam, 0, end - 2);
  syscall(SYS_setrlimit, RLIMIT_NOFILE, end - 8);
  syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, end - 8, 0);
  syscall(SYS_mq_open, "lzp-h6-half", O_RDWR | O_CREAT, 0600, end - 40);
  *(unsigned*)(end - 16) = 48;
  syscall(SYS_sched_setattr, 0, end - 16, 0);
  int s = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_LINGER, end - 4, 8);
  static int f = 0;
  syscall(SYS_futex, &f, FUTEX_WAIT, 0, end - 8, 0, 0);
  syscall(SYS_ppoll, 0, 0, end - 8, 0, 8);
  syscall(SYS_select, 0, 0, 0, 0, end - 8);
  return 0;
}
