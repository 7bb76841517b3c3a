// readv/writev/preadv/pwritev: 40 one-byte elements (array cut), counts 0, -1 and 1025, zero-length and NULL bases, offsets split over two registers, an array ending in an unmapped page.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  int n = open("/dev/null", O_WRONLY);
  int z = open("/dev/zero", O_RDONLY);
  static struct iovec v[40];
  static char c[40];
  for (int i = 0; i < 40; i++) { c[i] = (char)('A' + i % 26); v[i].iov_base = c + i; v[i].iov_len = 1; }
  syscall(SYS_writev, n, v, 40);
  syscall(SYS_readv, z, v, 40);
  syscall(SYS_writev, n, v, 0);
  syscall(SYS_writev, n, v, -1);
  syscall(SYS_writev, n, v, 1025);
  struct iovec w[3] = {{NULL, 0}, {c, 0}, {"tail", 4}};
  syscall(SYS_writev, n, w, 3);
  syscall(SYS_preadv, z, v, 2, 0x123456789UL, 0);
  syscall(SYS_pwritev, n, v, 2, 0x10UL, 0x1UL);
  syscall(SYS_preadv, z, v, 2, -1L, -1L);
  syscall(SYS_preadv2, z, v, 2, -1L, -1L, 0);
  syscall(SYS_pwritev2, n, v, 2, 5, 0, 0);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  struct iovec* e = (struct iovec*)(m + 4096 - sizeof(struct iovec));
  e->iov_base = c; e->iov_len = 3;
  syscall(SYS_writev, n, e, 2);
  syscall(SYS_writev, n, e, 1);
  return 0;
}
