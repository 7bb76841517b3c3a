// /dev/random ioctls: entropy count read, the setters on a regular file (ENOTTY), bad pointers.
#include <fcntl.h>
#include <linux/random.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int r = open("/dev/urandom", O_RDONLY);
  int f = open("/tmp/lzp-h4-rnd", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int n = 0;
  ioctl(r, RNDGETENTCNT, (void*)0xbad0000);
  ioctl(f, RNDGETENTCNT, &n);
  n = 8;
  ioctl(f, RNDADDTOENTCNT, &n);
  ioctl(f, RNDZAPENTCNT);
  ioctl(f, RNDCLEARPOOL);
  ioctl(f, RNDRESEEDCRNG);
  struct { int cnt, size; unsigned buf[2]; } p = {64, 8, {1, 2}};
  ioctl(f, RNDADDENTROPY, &p);
  ioctl(f, RNDADDENTROPY, (void*)0xbad0000);
  int pool[4] = {0};
  ioctl(f, RNDGETPOOL, pool);
  close(f);
  unlink("/tmp/lzp-h4-rnd");
  return 0;
}
