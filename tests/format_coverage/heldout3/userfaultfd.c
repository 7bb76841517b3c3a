// userfaultfd and its ioctls: flags, unknown bits, UFFDIO_API, UFFDIO_REGISTER on a bad range.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/userfaultfd.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int u = syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
  syscall(SYS_userfaultfd, 0x12);
  struct uffdio_api api = {.api = UFFD_API, .features = 0};
  ioctl(u, UFFDIO_API, &api);
  struct uffdio_register r = {.range = {0x10000, 4096}, .mode = UFFDIO_REGISTER_MODE_MISSING};
  ioctl(u, UFFDIO_REGISTER, &r);
  struct uffdio_range rr = {0x10000, 4096};
  ioctl(u, UFFDIO_UNREGISTER, &rr);
  ioctl(u, UFFDIO_WAKE, &rr);
  close(u);
  return 0;
}
