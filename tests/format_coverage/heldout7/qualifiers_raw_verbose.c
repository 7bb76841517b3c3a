// The same calls under -e raw=..., -e verbose=none, -e abbrev=none and -e raw=all: open flags, fcntl, rt_sigaction, fstat, socket/bind, clock_nanosleep, a failing ioctl; what each qualifier turns into numbers or addresses.
// compare-options: -e raw=openat,fcntl,socket,rt_sigaction
// compare-options: -e verbose=none
// compare-options: -e abbrev=none
// compare-options: -e raw=all
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
static void h(int s) {}
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  syscall(SYS_fcntl, fd, F_SETFL, O_APPEND);
  syscall(SYS_fcntl, fd, F_GETFL);
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESTART;
  sigaddset(&sa.sa_mask, SIGTERM);
  sigaction(SIGUSR1, &sa, &old);
  struct stat st;
  syscall(SYS_fstat, fd, &st);
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(1), .sin_addr.s_addr = htonl(0x7f000001)};
  syscall(SYS_bind, s, &a, sizeof a);
  struct timespec ts = {0, 1};
  syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, 0);
  struct termios t;
  syscall(SYS_ioctl, fd, TCGETS, &t);
  int one = 1;
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  return 0;
}
