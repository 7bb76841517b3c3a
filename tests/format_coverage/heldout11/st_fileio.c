// File I/O in a static program through glibc's wrappers and stdio: openat, write, lseek, pread64, fstat/newfstatat, a buffered fopen/fgets/fclose, unlink, ENOENT.
// compare-build: -static
// compare-options:
// compare-options: -y
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  const char *path = "/tmp/lzp-h11-fileio";
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(fd, "first line\nsecond\n", 18);
  lseek(fd, 6, SEEK_SET);
  char b[32];
  pread(fd, b, 8, 2);
  struct stat st;
  fstat(fd, &st);
  close(fd);
  FILE *f = fopen(path, "r");
  if (f) {
    fgets(b, sizeof b, f);
    fclose(f);
  }
  stat("/tmp/lzp-h11-nonexistent", &st);
  unlink(path);
  return 0;
}
