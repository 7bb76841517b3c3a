// getdents64 and getdents over the program's own directory with known entries (a file, a directory, a symlink, a fifo, a long name), default and -v, a buffer too small for one entry (EINVAL), a count that fits two entries, reading again at the end (0), and lseek back.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-getdents"
int main(void) {
  mkdir(D, 0700);
  close(open(D "/file", O_CREAT | O_WRONLY, 0600));
  mkdir(D "/dir", 0700);
  symlink("file", D "/link");
  mkfifo(D "/fifo", 0600);
  close(open(D "/a-rather-long-entry-name-0123456789", O_CREAT | O_WRONLY, 0600));
  int d = open(D, O_RDONLY | O_DIRECTORY);
  char buf[4096];
  syscall(SYS_getdents64, d, buf, 16);
  syscall(SYS_getdents64, d, buf, 56);
  syscall(SYS_getdents64, d, buf, sizeof buf);
  syscall(SYS_getdents64, d, buf, sizeof buf);
  lseek(d, 0, SEEK_SET);
  syscall(SYS_getdents, d, buf, sizeof buf);
  syscall(SYS_getdents, d, buf, sizeof buf);
  close(d);
  unlink(D "/file");
  rmdir(D "/dir");
  unlink(D "/link");
  unlink(D "/fifo");
  unlink(D "/a-rather-long-entry-name-0123456789");
  rmdir(D);
  return 0;
}
