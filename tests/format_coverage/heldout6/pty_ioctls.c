// Pseudo-terminal ioctls no earlier set tried, on the program's own /dev/ptmx: TIOCGPTN, TIOCSPTLCK/TIOCGPTLCK, TIOCPKT/TIOCGPKT, TIOCGEXCL, TIOCGDEV, TIOCGETD (and TIOCSETD to N_TTY, its current value), TIOCGPTPEER with flags, TIOCGSERIAL, TIOCGICOUNT, TIOCSERGETLSR, TCSBRK and TCSBRKP, TIOCSBRK/TIOCCBRK, bad pointers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  int n = 0, buf[32];
  syscall(SYS_ioctl, m, TIOCGPTN, &n);
  syscall(SYS_ioctl, m, TIOCGPTN, BAD);
  n = 0;
  syscall(SYS_ioctl, m, TIOCSPTLCK, &n);
  syscall(SYS_ioctl, m, TIOCGPTLCK, &n);
  n = 1;
  syscall(SYS_ioctl, m, TIOCPKT, &n);
  syscall(SYS_ioctl, m, TIOCGPKT, &n);
  syscall(SYS_ioctl, m, TIOCGEXCL, &n);
  syscall(SYS_ioctl, m, TIOCGDEV, &n);
  syscall(SYS_ioctl, m, TIOCGETD, &n);
  n = 0;
  syscall(SYS_ioctl, m, TIOCSETD, &n);
  syscall(SYS_ioctl, m, TIOCGPTPEER, O_RDWR | O_NOCTTY);
  syscall(SYS_ioctl, m, TIOCGPTPEER, 0xffffffff);
  syscall(SYS_ioctl, m, TIOCGSERIAL, buf);
  syscall(SYS_ioctl, m, TIOCGICOUNT, buf);
  syscall(SYS_ioctl, m, TIOCSERGETLSR, &n);
  syscall(SYS_ioctl, m, TCSBRK, 1);
  syscall(SYS_ioctl, m, TCSBRKP, 0);
  syscall(SYS_ioctl, m, TIOCSBRK, 0);
  syscall(SYS_ioctl, m, TIOCCBRK, 0);
  syscall(SYS_ioctl, m, TIOCGPKT, BAD);
  syscall(SYS_ioctl, m, TIOCSPTLCK, BAD);
  return 0;
}
