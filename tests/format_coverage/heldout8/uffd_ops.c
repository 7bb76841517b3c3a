// userfaultfd's data ioctls on a registered region: UFFDIO_API's answer, UFFDIO_API twice, UFFDIO_REGISTER (MISSING) with its ioctls answer, UFFDIO_COPY filling a page (copy written back), a second copy onto it (EEXIST), UFFDIO_ZEROPAGE, UFFDIO_WAKE, UFFDIO_UNREGISTER, unregistering again.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int u = syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
  struct uffdio_api api = {UFFD_API, 0, 0};
  syscall(SYS_ioctl, u, UFFDIO_API, &api);
  syscall(SYS_ioctl, u, UFFDIO_API, &api);
  char *m = (char *)syscall(SYS_mmap, 0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  char *src = (char *)syscall(SYS_mmap, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  memset(src, 'z', 4096);
  struct uffdio_register reg = {{(unsigned long)m, 3 * 4096}, UFFDIO_REGISTER_MODE_MISSING, 0};
  syscall(SYS_ioctl, u, UFFDIO_REGISTER, &reg);
  struct uffdio_copy cp = {(unsigned long)m, (unsigned long)src, 4096, 0, 0};
  syscall(SYS_ioctl, u, UFFDIO_COPY, &cp);
  cp.copy = 0;
  syscall(SYS_ioctl, u, UFFDIO_COPY, &cp);
  struct uffdio_copy cw = {(unsigned long)m + 8192, (unsigned long)src, 4096, UFFDIO_COPY_MODE_DONTWAKE, 0};
  syscall(SYS_ioctl, u, UFFDIO_COPY, &cw);
  struct uffdio_zeropage zp = {{(unsigned long)m + 4096, 4096}, 0, 0};
  syscall(SYS_ioctl, u, UFFDIO_ZEROPAGE, &zp);
  struct uffdio_range r = {(unsigned long)m, 4096};
  syscall(SYS_ioctl, u, UFFDIO_WAKE, &r);
  r.len = 3 * 4096;
  syscall(SYS_ioctl, u, UFFDIO_UNREGISTER, &r);
  syscall(SYS_ioctl, u, UFFDIO_UNREGISTER, &r);
  syscall(SYS_close, u);
  return 0;
}
