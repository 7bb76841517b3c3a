// Generic file ioctls: FIOCLEX/FIONCLEX/FIOASYNC/FIONBIO/FIONREAD, good and bad.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int p[2]; pipe(p); int on = 1, n = 0;
  ioctl(p[0], FIOCLEX); ioctl(p[0], FIONCLEX); ioctl(-1, FIOCLEX);
  ioctl(p[0], FIOASYNC, &on); on = 0; ioctl(p[0], FIOASYNC, &on); ioctl(p[0], FIOASYNC, (void*)0xbad0000);
  ioctl(p[0], FIONBIO, &on); ioctl(p[0], FIONREAD, &n); ioctl(p[0], FIONREAD, (void*)0xbad0000);
  ioctl(p[0], 0xdeadbeef, 0x1234);
  return 0;
}
