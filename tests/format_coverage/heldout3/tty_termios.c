// ioctl on a pseudo-terminal master: TCGETS, TCSETSW, TIOCGWINSZ, TIOCSWINSZ, TCFLSH, TCXONC, TIOCOUTQ, TIOCSPTLCK, bad pointers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
int main(void) {
  int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  struct termios t;
  ioctl(m, TCGETS, &t);
  ioctl(m, TCSETSW, &t);
  struct winsize w = {24, 80, 0, 0};
  ioctl(m, TIOCSWINSZ, &w);
  ioctl(m, TIOCGWINSZ, &w);
  ioctl(m, TCFLSH, TCIOFLUSH);
  ioctl(m, TCXONC, TCOON);
  int n; ioctl(m, TIOCOUTQ, &n);
  int z = 0; ioctl(m, TIOCSPTLCK, &z);
  ioctl(m, TCGETS, (void*)0xbad0000);
  ioctl(-1, TIOCGWINSZ, &w);
  int p[2]; pipe(p);
  ioctl(p[0], TCGETS, &t);
  return 0;
}
