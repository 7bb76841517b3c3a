/* Golden program: terminal ioctls on a fresh pseudo-terminal (its settings
 * are the kernel's defaults, the same for every run), every termios bit set
 * (decoded at entry, then refused by a bad fd), empty words, and requests
 * lzptrace does not decode or know. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <asm/termbits.h>
#include <unistd.h>

int ioctl(int fd, unsigned long request, ...);

int main(void) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return 1;
  int unlock = 0, number = -1;
  ioctl(master, TIOCSPTLCK, &unlock);
  ioctl(master, TIOCGPTN, &number);
  int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
  struct termios t;
  ioctl(slave, TCGETS, &t);
  ioctl(slave, TCSETS, &t);
  ioctl(slave, TCSETSW, &t);
  ioctl(slave, TCSETSF, &t);
  struct winsize w = {24, 80, 0, 0};
  ioctl(slave, TIOCSWINSZ, &w);
  ioctl(slave, TIOCGWINSZ, &w);
  int pending = 0, on = 1;
  ioctl(slave, FIONREAD, &pending);
  ioctl(slave, FIONBIO, &on);
  ioctl(slave, TIOCOUTQ, &pending);
  ioctl(slave, TCGETS, (void*)8);
  ioctl(-1, TCGETS, &t);
  memset(&t, 0, sizeof t);
  t.c_iflag = 0x7ffff;
  t.c_oflag = 0x1ffff;
  t.c_cflag = 0xfcffffff;
  t.c_lflag = 0x3ffff;
  ioctl(-1, TCSETS, &t);
  t.c_cflag = 0x10001 | 060;
  ioctl(-1, TCSETS, &t);
  memset(&t, 0, sizeof t);
  t.c_line = 99;
  ioctl(-1, TCSETS, &t);
  ioctl(slave, 0x12345678, 0);
  ioctl(slave, 0xc0105a01, 0x1000);
  close(slave);
  close(master);
  return 0;
}
