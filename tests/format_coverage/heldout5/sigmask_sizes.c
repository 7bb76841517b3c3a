// rt_sigprocmask, rt_sigpending, rt_sigsuspend, rt_sigtimedwait: unknown how, sets with every bit, sizes 0, 4 and 16, bad and half-readable pointers.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  unsigned long all[2] = {~0UL, ~0UL}, old[2];
  syscall(SYS_rt_sigprocmask, 3, all, NULL, 8);
  syscall(SYS_rt_sigprocmask, -1, NULL, old, 8);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, all, old, 8);
  syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, all, old, 8);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, all, NULL, 4);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, all, NULL, 16);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 0);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, (void*)0xbad0000, NULL, 8);
  syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, (void*)0xbad0000, 8);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m + 4092, 0xff, 4);
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, m + 4092, NULL, 8);
  syscall(SYS_rt_sigpending, old, 4);
  syscall(SYS_rt_sigpending, old, 16);
  syscall(SYS_rt_sigpending, (void*)0xbad0000, 8);
  syscall(SYS_rt_sigsuspend, all, 4);
  syscall(SYS_rt_sigsuspend, (void*)0xbad0000, 8);
  unsigned long usr1 = 1UL << (SIGUSR1 - 1);
  struct timespec z = {0, 0};
  syscall(SYS_rt_sigtimedwait, &usr1, NULL, &z, 8);
  syscall(SYS_rt_sigtimedwait, &usr1, NULL, &z, 4);
  syscall(SYS_rt_sigtimedwait, &usr1, (void*)0xbad0000, (void*)0xbad0000, 8);
  z.tv_nsec = 1000000000;
  syscall(SYS_rt_sigtimedwait, &usr1, NULL, &z, 8);
  return 0;
}
