// ioctl requests no table names: each direction, type letters, sizes up to the maximum, all bits set, 32-bit truncation.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-ioc", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ioctl(f, _IO('z', 0x42), 0);
  ioctl(f, _IOR('z', 0x43, int), 0xbad0000);
  ioctl(f, _IOW('z', 0x44, long), 0);
  ioctl(f, _IOWR('z', 0x45, char[16383]), 0);
  ioctl(f, _IOC(_IOC_NONE, 0, 0, 0), 1);
  ioctl(f, 0xffffffff, -1L);
  syscall(SYS_ioctl, f, 0xdeadbeef00005401UL, 0);
  syscall(SYS_ioctl, -1, 0x1234, 0);
  syscall(SYS_ioctl, 0x7fffffff, _IOR('T', 0x99, int), 0);
  close(f);
  unlink("/tmp/lzp-h4-ioc");
  return 0;
}
