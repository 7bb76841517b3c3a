// pidfd calls with the arguments no earlier set tried: pidfd_open with PIDFD_NONBLOCK, unknown bits, pid 0 and -1; pidfd_send_signal of signal 0 to the program itself with a siginfo (SI_QUEUE, its own code), with flags, a bad siginfo; pidfd_getfd of its own fds with flags; process_madvise on itself with iovecs, MADV_COLD/PAGEOUT/WILLNEED, unknown advice, a huge vlen over an array that ends at an unmapped page; process_mrelease of a live process.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int pid = getpid();
  int pf = syscall(SYS_pidfd_open, pid, 0);
  syscall(SYS_pidfd_open, pid, 04000);
  syscall(SYS_pidfd_open, pid, 0x1);
  syscall(SYS_pidfd_open, 0, 0);
  syscall(SYS_pidfd_open, -1, 0);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = 0; si.si_code = SI_QUEUE; si.si_pid = 0; si.si_uid = 0; si.si_value.sival_int = 7;
  syscall(SYS_pidfd_send_signal, pf, 0, &si, 0);
  syscall(SYS_pidfd_send_signal, pf, 0, 0, 0);
  syscall(SYS_pidfd_send_signal, pf, 0, 0, 1);
  syscall(SYS_pidfd_send_signal, pf, 0, BAD, 0);
  syscall(SYS_pidfd_send_signal, pf, 65, 0, 0);
  syscall(SYS_pidfd_send_signal, 0, 0, 0, 0);
  syscall(SYS_pidfd_getfd, pf, 0, 0);
  syscall(SYS_pidfd_getfd, pf, 0, 1);
  syscall(SYS_pidfd_getfd, pf, 999, 0);
  syscall(SYS_pidfd_getfd, -1, 0, 0);
  char* m = mmap(0, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct iovec iov[2] = {{m, 4096}, {m + 8192, 8192}};
  syscall(SYS_process_madvise, pf, iov, 2, MADV_COLD, 0);
  syscall(SYS_process_madvise, pf, iov, 2, MADV_PAGEOUT, 0);
  syscall(SYS_process_madvise, pf, iov, 1, MADV_WILLNEED, 0);
  syscall(SYS_process_madvise, pf, iov, 1, MADV_DONTNEED, 0);
  syscall(SYS_process_madvise, pf, iov, 1, 99, 0);
  syscall(SYS_process_madvise, pf, iov, 1, MADV_COLD, 1);
  munmap(m + 8192, 8192);
  struct iovec* edge = (struct iovec*)(m + 8192 - sizeof iov);
  memcpy(edge, iov, sizeof iov);
  syscall(SYS_process_madvise, pf, edge, 0x7fffffff, MADV_COLD, 0);
  syscall(SYS_process_madvise, pf, BAD, 2, MADV_COLD, 0);
  syscall(SYS_process_mrelease, pf, 0);
  syscall(SYS_process_mrelease, pf, 1);
  return 0;
}
