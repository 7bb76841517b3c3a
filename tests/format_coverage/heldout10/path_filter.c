// -P PATH over stdio and directory calls: a file opened by path (fopen), reached again through an fd (fstat, read, lseek via fseek), through a symlink (stat follows it: -P's path is the link's target only when strace resolves it), through openat with a directory fd, renamed away and back; -P of the symlink itself, and of the directory.
// compare-options: -P /tmp/lzp-h10-pf/file
// compare-options: -P /tmp/lzp-h10-pf/link
// compare-options: -P /tmp/lzp-h10-pf -e trace=!brk
#include "h10.h"
int main(void) {
  char b[16];
  struct stat st;
  mkdir("/tmp/lzp-h10-pf", 0755);
  FILE *f = fopen("/tmp/lzp-h10-pf/file", "w+");
  fputs("contents", f);
  fflush(f);
  fseek(f, 0, SEEK_SET);
  fread(b, 1, 4, f);
  fstat(fileno(f), &st);
  symlink("file", "/tmp/lzp-h10-pf/link");
  stat("/tmp/lzp-h10-pf/link", &st);
  lstat("/tmp/lzp-h10-pf/link", &st);
  int d = open("/tmp/lzp-h10-pf", O_RDONLY | O_DIRECTORY);
  int fd = openat(d, "file", O_RDONLY);
  read(fd, b, 2);
  close(fd);
  fd = open("/tmp/lzp-h10-pf/link", O_RDONLY);
  pread(fd, b, 2, 1);
  close(fd);
  rename("/tmp/lzp-h10-pf/file", "/tmp/lzp-h10-pf/moved");
  rename("/tmp/lzp-h10-pf/moved", "/tmp/lzp-h10-pf/file");
  fclose(f);
  unlinkat(d, "link", 0);
  unlinkat(d, "file", 0);
  close(d);
  rmdir("/tmp/lzp-h10-pf");
  return 0;
}
