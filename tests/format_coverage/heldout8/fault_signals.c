// Signals the CPU raises, caught by a handler that jumps back: SIGSEGV on a PROT_NONE page (SEGV_ACCERR) and on an unmapped address (SEGV_MAPERR), SIGBUS past the end of a mapped file, SIGFPE from an integer division by zero, SIGILL from ud2, SIGTRAP from int3.
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-fault_signals"
static sigjmp_buf jb;
static void on(int s, siginfo_t *si, void *uc) { (void)s; (void)si; (void)uc; siglongjmp(jb, 1); }
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on;
  sa.sa_flags = SA_SIGINFO | SA_NODEFER;
  int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP};
  for (int i = 0; i < 5; i++) sigaction(sigs[i], &sa, 0);
  volatile char *none = (char *)syscall(SYS_mmap, 0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (!sigsetjmp(jb, 0)) (void)none[16];
  if (!sigsetjmp(jb, 0)) (void)*(volatile char *)0xbad0000;
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  volatile char *f = (char *)syscall(SYS_mmap, 0, 8192, PROT_READ, MAP_SHARED, fd, 0);
  if (!sigsetjmp(jb, 0)) (void)f[4100];
  volatile int zero = 0, r;
  if (!sigsetjmp(jb, 0)) r = 7 / zero;
  if (!sigsetjmp(jb, 0)) __asm__ volatile("ud2");
  if (!sigsetjmp(jb, 0)) __asm__ volatile("int3");
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
