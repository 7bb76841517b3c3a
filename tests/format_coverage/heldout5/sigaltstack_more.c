// sigaltstack: SS_AUTODISARM, SS_ONSTACK as a request, unknown bits, a stack below MINSIGSTKSZ, a real stack then the query, bad and half-readable pointers.
#define _GNU_SOURCE
#include <signal.h>
#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* m = (char*)syscall(SYS_mmap, NULL, 65536, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  stack_t s = {0}, o;
  s.ss_sp = m; s.ss_size = 1024; s.ss_flags = 0;
  syscall(SYS_sigaltstack, &s, NULL);
  s.ss_size = 65536; s.ss_flags = SS_AUTODISARM;
  syscall(SYS_sigaltstack, &s, &o);
  syscall(SYS_sigaltstack, NULL, &o);
  s.ss_flags = SS_ONSTACK;
  syscall(SYS_sigaltstack, &s, &o);
  s.ss_flags = SS_DISABLE | SS_AUTODISARM;
  syscall(SYS_sigaltstack, &s, NULL);
  s.ss_flags = 0x10;
  syscall(SYS_sigaltstack, &s, NULL);
  s.ss_flags = SS_DISABLE; s.ss_sp = (void*)0xbad0000; s.ss_size = ~0UL;
  syscall(SYS_sigaltstack, &s, &o);
  syscall(SYS_sigaltstack, (void*)0xbad0000, NULL);
  syscall(SYS_sigaltstack, NULL, (void*)0xbad0000);
  char* e = m + 65536 - 4096;
  syscall(SYS_munmap, e, 4096);
  memset(e - 8, 0, 8);
  syscall(SYS_sigaltstack, e - 8, NULL);
  return 0;
}
