// fd flags and commands newer than strace 6.1: fcntl F_DUPFD_QUERY and F_CREATED_QUERY, statx asking STATX_MNT_ID_UNIQUE, STATX_SUBVOL, STATX_WRITE_ATOMIC and STATX_DIO_READ_ALIGN (the answer's mask), pidfd_open with PIDFD_THREAD, pidfd_send_signal with thread and group flags, name_to_handle_at with AT_HANDLE_FID into a bad pointer, execveat with AT_EXECVE_CHECK.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/stat.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-newer_kernel_fd_flags"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  int d = syscall(SYS_dup, fd);
  syscall(SYS_fcntl, fd, 1027, d);
  syscall(SYS_fcntl, fd, 1027, 0);
  syscall(SYS_fcntl, fd, 1028, 0);
  struct statx sx;
  syscall(SYS_statx, fd, "", AT_EMPTY_PATH, 0x4000U | 0x8000U, &sx);
  syscall(SYS_statx, fd, "", AT_EMPTY_PATH, 0x10000U | 0x20000U | 0x40000000U, &sx);
  int me = syscall(SYS_getpid);
  int pf = syscall(SYS_pidfd_open, me, O_EXCL);
  syscall(SYS_pidfd_send_signal, pf, 0, 0, 1);
  syscall(SYS_pidfd_send_signal, pf, 0, 0, 4);
  syscall(SYS_pidfd_send_signal, pf, 0, 0, 8);
  syscall(SYS_name_to_handle_at, AT_FDCWD, D "/f", 0xbad0000, 0xbad1000, 0x200);
  char *argv[] = {"f", 0};
  syscall(SYS_execveat, AT_FDCWD, D "/f", argv, argv + 1, 0x10000);
  syscall(SYS_close, pf);
  syscall(SYS_close, d);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
