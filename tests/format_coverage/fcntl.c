// fcntl commands: flags, dup, locks, pipes, leases, bad ones.
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
int main(void) {
  int p[2]; pipe(p); struct flock fl = {F_RDLCK, SEEK_SET, 0, 10, 0};
  fcntl(p[0], F_GETFD); fcntl(p[0], F_SETFD, FD_CLOEXEC); fcntl(p[0], F_GETFL); fcntl(p[0], F_SETFL, O_NONBLOCK | O_APPEND);
  fcntl(p[0], F_DUPFD, 30); fcntl(p[0], F_DUPFD_CLOEXEC, 40); fcntl(p[0], F_GETPIPE_SZ); fcntl(p[0], F_SETPIPE_SZ, 8192);
  fcntl(p[0], F_GETLK, &fl); fcntl(p[0], F_SETLK, &fl); fcntl(p[0], F_GETOWN); fcntl(p[0], F_SETOWN, 0);
  fcntl(p[0], F_GETSIG); fcntl(p[0], F_SETSIG, 10); fcntl(p[0], F_GETLEASE); fcntl(p[0], F_ADD_SEALS, F_SEAL_SEAL);
  fcntl(p[0], F_GET_SEALS); fcntl(-1, F_GETFD); fcntl(p[0], 9999, 1);
  return 0;
}
