// truncate, ftruncate, fallocate-free sizes: negative and huge lengths, a directory, missing files, bad fds.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h3-trunc", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_truncate, "/tmp/lzp-h3-trunc", 4096);
  syscall(SYS_truncate, "/tmp/lzp-h3-trunc", -1);
  syscall(SYS_truncate, "/tmp", 0);
  syscall(SYS_truncate, "/nonexistent-h3", 0);
  syscall(SYS_ftruncate, f, 0x7fffffffffffffffLL);
  syscall(SYS_ftruncate, f, 0);
  syscall(SYS_ftruncate, -1, 1);
  syscall(SYS_sync);
  close(f);
  unlink("/tmp/lzp-h3-trunc");
  return 0;
}
