// lseek whences, pread/pwrite offsets, read/write on bad fds.
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
int main(void) {
  char b[8] = "abcdefg"; int fd = open("/tmp/lzp-cov-lseek", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(fd, b, 8); lseek(fd, 0, SEEK_SET); lseek(fd, -1, SEEK_CUR); lseek(fd, 2, SEEK_END); lseek(fd, 0, SEEK_DATA); lseek(fd, 0, SEEK_HOLE); lseek(fd, 0, 7);
  pread(fd, b, 4, 2); pwrite(fd, b, 4, 100); pread(fd, b, 4, -1); read(-1, b, 1); write(fd, (void*)0xbad0000, 4);
  unlink("/tmp/lzp-cov-lseek");
  return 0;
}
