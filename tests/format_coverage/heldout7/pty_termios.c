// A pty of its own (posix_openpt): TCGETS on master and slave, TCSETS/TCSETSW/TCSETSF with raw-mode flags and odd speeds, TCGETA/TCSETA (termio), TIOCGWINSZ/TIOCSWINSZ, FIONREAD and TIOCOUTQ after a write (poll waits until the line discipline has it), TCFLSH and TCXONC arguments, TIOCMGET (not a modem); default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
int main(void) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  int unlock = 0;
  syscall(SYS_ioctl, m, TIOCSPTLCK, &unlock);
  int n;
  syscall(SYS_ioctl, m, TIOCGPTN, &n);
  int s = syscall(SYS_ioctl, m, TIOCGPTPEER, O_RDWR | O_NOCTTY);
  struct termios t;
  syscall(SYS_ioctl, m, TCGETS, &t);
  syscall(SYS_ioctl, s, TCGETS, &t);
  t.c_lflag &= ~(ICANON | ECHO | ISIG);
  t.c_iflag |= IGNBRK | IUTF8;
  t.c_cflag = (t.c_cflag & ~CBAUD) | B115200 | CLOCAL;
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 5;
  syscall(SYS_ioctl, s, TCSETS, &t);
  t.c_cflag = (t.c_cflag & ~CBAUD) | B0;
  syscall(SYS_ioctl, s, TCSETSW, &t);
  t.c_cflag = (t.c_cflag & ~CBAUD) | B4000000 | CRTSCTS;
  syscall(SYS_ioctl, s, TCSETSF, &t);
  syscall(SYS_ioctl, s, TCGETS, &t);
  struct termio to;
  syscall(SYS_ioctl, s, TCGETA, &to);
  syscall(SYS_ioctl, s, TCSETA, &to);
  struct winsize w = {24, 80, 640, 480};
  syscall(SYS_ioctl, m, TIOCSWINSZ, &w);
  syscall(SYS_ioctl, s, TIOCGWINSZ, &w);
  write(m, "abc", 3);
  struct pollfd pf = {s, POLLIN, 0};
  poll(&pf, 1, -1);
  int q;
  syscall(SYS_ioctl, s, FIONREAD, &q);
  syscall(SYS_ioctl, m, TIOCOUTQ, &q);
  syscall(SYS_ioctl, s, TCFLSH, TCIFLUSH);
  syscall(SYS_ioctl, s, TCFLSH, 7);
  syscall(SYS_ioctl, s, TCXONC, TCOOFF);
  syscall(SYS_ioctl, s, TCXONC, TCOON);
  syscall(SYS_ioctl, s, TIOCMGET, &q);
  syscall(SYS_ioctl, s, TCGETS, 0xbad0000UL);
  close(s);
  close(m);
  return 0;
}
