// rt_sigaction with every SA_ flag and unknown bits, SIG_IGN/SIG_DFL/odd handlers, SIGKILL queried, signals 0 and 65, sizes 4 and 16, a half-readable struct.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
struct ksigaction { unsigned long handler, flags, restorer, mask; };
int main(void) {
  struct ksigaction a = {0}, o;
  a.handler = (unsigned long)SIG_IGN;
  a.flags = 0x1 | 0x2 | 0x4 | 0x08000000 | 0x10000000 | 0x40000000 | 0x80000000 | 0x04000000;
  a.restorer = 0x1234;
  a.mask = ~0UL;
  syscall(SYS_rt_sigaction, SIGUSR1, &a, &o, 8);
  a.flags = 0x400 | 0x800 | 0x1000 | 0x00100000;
  syscall(SYS_rt_sigaction, SIGUSR1, &a, &o, 8);
  a.handler = 2;
  a.flags = 0;
  a.mask = 1UL << 40;
  syscall(SYS_rt_sigaction, SIGUSR2, &a, &o, 8);
  a.handler = 0xbad0000;
  a.flags = 0x04000000;
  syscall(SYS_rt_sigaction, SIGUSR2, &a, NULL, 8);
  syscall(SYS_rt_sigaction, SIGKILL, NULL, &o, 8);
  syscall(SYS_rt_sigaction, SIGSTOP, &a, NULL, 8);
  syscall(SYS_rt_sigaction, 0, NULL, &o, 8);
  syscall(SYS_rt_sigaction, 65, NULL, &o, 8);
  syscall(SYS_rt_sigaction, SIGUSR1, &a, NULL, 4);
  syscall(SYS_rt_sigaction, SIGUSR1, &a, NULL, 16);
  syscall(SYS_rt_sigaction, SIGUSR1, (void*)0xbad0000, NULL, 8);
  syscall(SYS_rt_sigaction, SIGUSR1, NULL, (void*)0xbad0000, 8);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m + 4096 - 16, 0, 16);
  syscall(SYS_rt_sigaction, SIGUSR1, m + 4096 - 16, NULL, 8);
  a.handler = (unsigned long)SIG_DFL;
  a.flags = 0;
  a.mask = 0;
  syscall(SYS_rt_sigaction, SIGUSR1, &a, NULL, 8);
  syscall(SYS_rt_sigaction, SIGUSR2, &a, NULL, 8);
  return 0;
}
