// Class qualifiers for processes (-e trace=%process, %signal, %ipc, %network, %memory, %creds, %clock, %pure; munmap added where the class lacks it): ids, credentials, clocks, signals, a failing IPC get, a socket, mappings, wait4 with no child.
// compare-options: -e trace=%process,munmap
// compare-options: -e trace=%signal,munmap
// compare-options: -e trace=%ipc,%network,munmap
// compare-options: -e trace=%memory
// compare-options: -e trace=%creds,%clock,munmap
// compare-options: -e trace=%pure,munmap
#define _GNU_SOURCE
#include <signal.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_getuid);
  syscall(SYS_getegid);
  syscall(SYS_gettid);
  syscall(SYS_getppid);
  syscall(SYS_setresuid, -1, -1, -1);
  unsigned g[4];
  syscall(SYS_getgroups, 0, g);
  struct timespec ts;
  syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
  syscall(SYS_clock_gettime, 99, &ts);
  unsigned long set = 0, old;
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
  syscall(SYS_kill, syscall(SYS_getpid), 0);
  syscall(SYS_semget, 0x4c5a0008, 0, 0);
  syscall(SYS_msgget, 0x4c5a0008, 0);
  int s = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  syscall(SYS_shutdown, s, SHUT_RDWR);
  syscall(SYS_close, s);
  void *m = (void *)syscall(SYS_mmap, 0, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_madvise, m, 8192, MADV_DONTNEED);
  syscall(SYS_munmap, m, 8192);
  syscall(SYS_brk, 0);
  syscall(SYS_wait4, -1, NULL, WNOHANG, NULL);
  syscall(SYS_umask, 022);
  return 0;
}
