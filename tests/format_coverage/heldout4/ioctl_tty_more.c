// More tty ioctls on /dev/ptmx: modem bits, line discipline, serial info, break, old termio, the pty peer, bad pointers.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <linux/serial.h>
int main(void) {
  int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  int bits = TIOCM_DTR | TIOCM_RTS;
  int ld;
  ioctl(m, TIOCMGET, &bits);
  ioctl(m, TIOCMSET, &bits);
  ioctl(m, TIOCMBIS, &bits);
  ioctl(m, TIOCMBIC, (void*)0xbad0000);
  ioctl(m, TIOCGETD, &ld);
  ioctl(m, TIOCGETD, (void*)0xbad0000);
  struct serial_struct ss;
  ioctl(m, TIOCGSERIAL, &ss);
  ioctl(m, TCSBRK, 1);
  ioctl(m, TCSBRKP, 0);
  ioctl(m, TIOCSBRK);
  ioctl(m, TIOCCBRK);
  struct termio t;
  ioctl(m, TCGETA, &t);
  ioctl(m, TCSETA, (void*)0xbad0000);
  struct termios lk;
  ioctl(m, TIOCGLCKTRMIOS, &lk);
  ioctl(m, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
  ioctl(m, TIOCGPKT, &bits);
  ioctl(m, TIOCPKT, &bits);
  ioctl(m, TIOCSTI, "x");
  ioctl(m, TIOCGSOFTCAR, &bits);
  ioctl(m, TIOCGICOUNT, 0);
  ioctl(m, TIOCSERGETLSR, &bits);
  return 0;
}
