// openpty (/dev/ptmx, unlock, the peer opened with TIOCGPTPEER, termios set), ttyname and isatty on both ends and on a pipe (ENOTTY), ptsname_r, tcgetattr/tcsetattr, a write through the pty and a read from the master, tcgetpgrp on a tty that is not ours.
// compare-options:
// compare-options: -yy
// compare-options: --decode-fds=path,dev -e trace=!brk
#include "h10.h"
#include <pty.h>
#include <termios.h>
int main(void) {
  int m, s, p[2];
  char name[64], b[64];
  struct termios t;
  if (openpty(&m, &s, 0, 0, 0)) return 1;
  ttyname_r(s, name, sizeof name);
  isatty(m);
  pipe(p);
  isatty(p[0]);
  ptsname_r(m, name, sizeof name);
  tcgetattr(s, &t);
  cfmakeraw(&t);
  tcsetattr(s, TCSANOW, &t);
  write(s, "hi", 2);
  read(m, b, sizeof b);
  tcgetpgrp(s);
  close(s);
  close(m);
  return 0;
}
