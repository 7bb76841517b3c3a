// readv/preadv/writev: successful, failing on a bad fd, failing with a bad buffer.
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  char a[4], b[8]; struct iovec v[2] = {{a, sizeof a}, {b, sizeof b}};
  int fd = open("/dev/zero", O_RDONLY);
  readv(fd, v, 2); readv(-1, v, 2); readv(fd, (void*)0xbad0000, 2); readv(-1, v, 0);
  preadv(fd, v, 2, 0); preadv(-1, v, 2, 16);
  writev(-1, v, 2); writev(fd, v, 0);
  struct iovec bad[1] = {{(void*)0xbad0000, 4}}; readv(fd, bad, 1);
  return 0;
}
