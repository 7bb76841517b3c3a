/* Golden program: file and descriptor syscalls, good and bad pointers.
 * Run under strace and lzptrace; the traces must match line for line. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <poll.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : "/tmp";
  char path[512], other[512];
  snprintf(path, sizeof(path), "%s/golden-a", dir);
  snprintf(other, sizeof(other), "%s/golden-b", dir);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  write(fd, "hello\n\tworld\\\"quoted\"\001\377", 23);
  char big[100];
  memset(big, 'x', sizeof(big));
  write(fd, big, sizeof(big));
  struct iovec iov[2] = {{"ab", 2}, {"cde", 3}};
  writev(fd, iov, 2);
  close(fd);
  fd = openat(AT_FDCWD, path, O_RDONLY);
  char buf[64];
  read(fd, buf, 10);
  pread(fd, buf, 5, 3);
  lseek(fd, 0, SEEK_END);
  lseek(fd, 2, SEEK_SET);
  struct iovec riov[2] = {{buf, 4}, {buf + 8, 4}};
  readv(fd, riov, 2);
  struct stat st;
  fstat(fd, &st);
  stat(path, &st);
  lstat(path, &st);
  fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW);
  stat("/tmp", &st);  /* sticky: S_IFDIR|S_ISVTX|0777 */
  access(path, R_OK | W_OK);
  access("/nonexistent", F_OK);
  int fd2 = dup(fd);
  dup2(fd, 10);
  dup3(fd, 11, O_CLOEXEC);
  fcntl(fd, F_GETFD);
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  fcntl(fd, F_GETFL);
  fcntl(fd, F_DUPFD_CLOEXEC, 20);
  close(fd2);
  close(10);
  close(11);
  close(20);
  close(fd);
  rename(path, other);
  link(other, path);
  symlink(other, path + 0 == path ? "/nonexistent/link" : path);
  readlink("/proc/self/exe", buf, 0);
  unlink(path);
  unlink(other);
  mkdir(path, 0755);
  rmdir(path);
  mknodat(AT_FDCWD, path, S_IFIFO | 0640, 0);
  unlink(path);
  mknod(path, 0600, 0);
  unlink(path);
  int p[2];
  pipe2(p, O_CLOEXEC);
  write(p[1], "x", 1);
  read(p[0], buf, sizeof(buf));
  ioctl(p[1], 0x40049409 /* FICLONE */, p[0]);
  ioctl(p[1], FIOCLEX);
  ioctl(p[1], FIONCLEX);
  /* poll and ppoll report the ready entries (and ppoll the time left). */
  struct pollfd fds[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
  poll(fds, 2, 0);
  struct timespec wait_1ms = {0, 1000000};
  ppoll(fds, 1, &wait_1ms, NULL);
  poll(fds, 2, 10);
  /* select reports what is ready and the time left. */
  fd_set readable, writable;
  FD_ZERO(&readable);
  FD_ZERO(&writable);
  FD_SET(p[0], &readable);
  FD_SET(p[1], &writable);
  struct timeval no_wait = {0, 0};
  select(p[1] + 1, &readable, &writable, NULL, &no_wait);
  FD_ZERO(&readable);
  FD_SET(p[0], &readable);
  no_wait.tv_usec = 1000;
  select(p[0] + 1, &readable, NULL, NULL, &no_wait);
  close(p[0]);
  close(p[1]);
  /* Bad pointers: the kernel says EFAULT, we print the address. */
  syscall(SYS_openat, AT_FDCWD, (char*)16, O_RDONLY);
  syscall(SYS_write, 1, (char*)16, 3);
  syscall(SYS_fstat, 0, (struct stat*)16);
  syscall(SYS_read, -1, buf, 4);
  truncate("/nonexistent", 0);
  chdir("/");
  getcwd(buf, sizeof(buf));
  umask(022);
  return 0;
}
