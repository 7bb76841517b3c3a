// memfd_create: names of 249 and 250 bytes (the limit), empty, non-ASCII, unterminated at the end of a page; MFD_HUGETLB sizes, a size without HUGETLB, unknown bits.
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef MFD_HUGE_2MB
#define MFD_HUGE_2MB (21 << 26)
#endif
int main(void) {
  char n[300];
  memset(n, 'n', sizeof n);
  n[249] = 0;
  syscall(SYS_memfd_create, n, 0);
  n[249] = 'n'; n[250] = 0;
  syscall(SYS_memfd_create, n, 0);
  syscall(SYS_memfd_create, "", MFD_CLOEXEC);
  syscall(SYS_memfd_create, "\xe2\x82\xac-\t", MFD_ALLOW_SEALING);
  syscall(SYS_memfd_create, "h", MFD_HUGETLB | MFD_HUGE_2MB);
  syscall(SYS_memfd_create, "h", MFD_HUGE_2MB);
  syscall(SYS_memfd_create, "h", MFD_HUGETLB | MFD_ALLOW_SEALING | MFD_CLOEXEC);
  syscall(SYS_memfd_create, "h", 0x20);
  syscall(SYS_memfd_create, (void*)0xbad0000, 0);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m + 4096 - 6, 'x', 6);
  syscall(SYS_memfd_create, m + 4096 - 6, 0);
  return 0;
}
