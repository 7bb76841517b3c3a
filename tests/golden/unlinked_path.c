/* Golden program for -P: an fd still refers to its path after the file is
 * unlinked (/proc/self/fd then says "PATH (deleted)"), and strace keeps
 * showing the calls made on it. The file is argv[1]; it is opened as fd 0,
 * used with good and bad pointers, unlinked, and used again. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 2) return 1;
  close(0);
  if (open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600) != 0) return 1;
  syscall(SYS_fstat, 0, 1UL);
  syscall(SYS_fstat, 0, 0UL);
  syscall(SYS_write, 0, "data", 4UL);
  syscall(SYS_pread64, 0, 1UL, 4UL, 0L);
  unlink(argv[1]);
  syscall(SYS_fstat, 0, 1UL);
  syscall(SYS_ftruncate, 0, 0L);
  syscall(SYS_getpid);
  close(0);
  return 0;
}
