/* Golden program, built statically: with --step-static every call is recorded
 * by the ptrace companion (cli/companion/remote_capture.cc); without it, by
 * the interposer the companion starts in it (cli/injector/). The
 * arguments the interposer decodes beyond plain structs must be copied by
 * the companion too: iovec arrays in and out (a failed readv's bases),
 * another process's iovecs (addresses), ioctl arguments by request (in,
 * out, a failed one), fcntl's lock structs, and prctl's names and cells. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/prctl.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char** argv) {
  char out[4] = "abc", in[8], more[4];
  struct iovec v[2] = {{out, 3}, {in, 8}};
  int p[2];
  pipe(p);
  writev(p[1], v, 1);
  struct iovec r[2] = {{in, 2}, {more, 4}};
  readv(p[0], r, 2);
  readv(-1, r, 2);
  write(p[1], "xyz", 3);
  int n = 0;
  ioctl(p[0], FIONREAD, &n);
  int on = 1;
  ioctl(p[0], FIONBIO, &on);
  ioctl(p[0], TCGETS, in);
  struct flock lock = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10};
  int fd = open(argc > 1 ? argv[1] : "/", O_RDONLY);
  fcntl(fd, F_GETLK, &lock);
  fcntl(fd, F_SETLK, &lock);
  char name[16];
  prctl(PR_SET_NAME, "static-cells");
  prctl(PR_GET_NAME, name);
  int cell = -1;
  prctl(PR_GET_CHILD_SUBREAPER, &cell);
  prctl(PR_GET_PDEATHSIG, &cell);
  char local[4], remote[4] = "rem";
  struct iovec l = {local, 4}, rr = {remote, 4};
  syscall(SYS_process_vm_readv, getpid(), &l, 1, &rr, 1, 0);
  return 0;
}
