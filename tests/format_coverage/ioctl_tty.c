// Terminal job-control ioctls on a non-terminal and on bad fds.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int fd = open("/dev/null", O_RDWR); int pg = 1; pid_t sid;
  ioctl(fd, TIOCSCTTY, 0); ioctl(fd, TIOCSCTTY, 1); ioctl(fd, TIOCNOTTY);
  ioctl(fd, TIOCGSID, &sid); ioctl(fd, TIOCSPGRP, &pg); ioctl(fd, TIOCGPGRP, &pg);
  ioctl(-1, TIOCSPGRP, &pg); ioctl(fd, TIOCSPGRP, (void*)0xbad0000); ioctl(fd, TIOCEXCL); ioctl(fd, TIOCNXCL);
  ioctl(fd, TIOCGEXCL, &pg); ioctl(fd, TIOCOUTQ, &pg);
  return 0;
}
