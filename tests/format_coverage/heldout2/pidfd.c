// pidfd_open, pidfd_send_signal, pidfd_getfd, process_madvise, clone3 with bad arguments, waitid on a pidfd.
#define _GNU_SOURCE
#include <linux/sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_pidfd_open, getpid(), 0);
  syscall(SYS_pidfd_open, getpid(), 0x1234);
  syscall(SYS_pidfd_open, -1, 0);
  syscall(SYS_pidfd_send_signal, fd, 0, NULL, 0);
  siginfo_t si; memset(&si, 0, sizeof si); si.si_signo = SIGUSR2; si.si_code = SI_QUEUE;
  syscall(SYS_pidfd_send_signal, fd, 0, &si, 0);
  syscall(SYS_pidfd_send_signal, -1, SIGKILL, NULL, 7);
  syscall(SYS_pidfd_getfd, fd, 0, 0);
  syscall(SYS_pidfd_getfd, fd, 99, 1);
  void* p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct iovec v = {p, 4096};
  syscall(SYS_process_madvise, fd, &v, 1, MADV_COLD, 0);
  syscall(SYS_process_madvise, fd, &v, 1, 12345, 0);
  syscall(SYS_process_madvise, -1, NULL, 0, MADV_PAGEOUT, 1);
  struct clone_args ca; memset(&ca, 0, sizeof ca);
  ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID; ca.exit_signal = SIGCHLD;
  syscall(SYS_clone3, &ca, 8);
  syscall(SYS_clone3, NULL, sizeof ca);
  ca.flags = CLONE_THREAD; syscall(SYS_clone3, &ca, sizeof ca);
  siginfo_t w; syscall(SYS_waitid, P_PIDFD, fd, &w, WEXITED | WNOHANG, NULL);
  syscall(SYS_waitid, 7, 0, &w, WEXITED, NULL);
  return 0;
}
