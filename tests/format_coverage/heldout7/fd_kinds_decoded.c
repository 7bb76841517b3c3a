// Every kind of fd under -y and --decode-fds=path,socket,dev: a file, a directory, /dev/null and /dev/zero, a pipe, AF_UNIX/INET/INET6/NETLINK sockets, eventfd, signalfd, timerfd, epoll, inotify, a memfd, an O_PATH fd, a deleted file, a path with a newline, quote and non-ASCII byte, and a closed fd; each passed to fstat-free calls (lseek, fcntl F_GETFD, dup).
// compare-options: -y
// compare-options: --decode-fds=path,socket,dev
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-fdkinds"
static void use(int fd) {
  syscall(SYS_fcntl, fd, F_GETFD);
  syscall(SYS_lseek, fd, 0, SEEK_CUR);
}
int main(void) {
  mkdir(D, 0700);
  int fds[32], n = 0;
  fds[n++] = open(D "/file", O_RDWR | O_CREAT, 0600);
  fds[n++] = open(D, O_RDONLY | O_DIRECTORY);
  fds[n++] = open("/dev/null", O_RDONLY);
  fds[n++] = open("/dev/zero", O_RDONLY);
  int p[2];
  pipe(p);
  fds[n++] = p[0];
  fds[n++] = socket(AF_UNIX, SOCK_STREAM, 0);
  fds[n++] = socket(AF_INET, SOCK_DGRAM, 0);
  fds[n++] = socket(AF_INET6, SOCK_STREAM, 0);
  fds[n++] = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  fds[n++] = eventfd(0, 0);
  sigset_t m;
  sigemptyset(&m);
  sigaddset(&m, SIGUSR1);
  fds[n++] = signalfd(-1, &m, 0);
  fds[n++] = timerfd_create(CLOCK_MONOTONIC, 0);
  fds[n++] = epoll_create1(0);
  fds[n++] = inotify_init1(0);
  fds[n++] = memfd_create("h7-memfd", 0);
  fds[n++] = open(D, O_PATH);
  fds[n++] = open(D "/gone", O_RDWR | O_CREAT, 0600);
  unlink(D "/gone");
  fds[n++] = open(D "/we\nird\"\xe9", O_RDWR | O_CREAT, 0600);
  for (int i = 0; i < n; i++) use(fds[i]);
  int d = dup(fds[0]);
  close(d);
  use(d);
  unlink(D "/file");
  unlink(D "/we\nird\"\xe9");
  rmdir(D);
  return 0;
}
