// mmap: MAP_SHARED_VALIDATE with unknown bits, MAP_SYNC, MAP_FIXED_NOREPLACE on a mapping, rare flags, odd protections, lengths and offsets.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#ifndef PROT_SEM
#define PROT_SEM 0x8
#endif
#ifndef MAP_HUGE_1GB
#define MAP_HUGE_1GB (30 << 26)
#endif
#include <sys/syscall.h>
#include <unistd.h>
#ifndef MAP_UNINITIALIZED
#define MAP_UNINITIALIZED 0x4000000
#endif
int main(void) {
  void* a = (void*)syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mmap, a, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE | 0x800000 | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE | MAP_SYNC | MAP_ANONYMOUS, -1, 0);
  void* b = (void*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK | MAP_UNINITIALIZED, -1, 0);
  syscall(SYS_munmap, b, 8192);
  syscall(SYS_mmap, NULL, 4096, PROT_READ | PROT_SEM | PROT_GROWSDOWN, MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN, -1, 0);
  syscall(SYS_mmap, NULL, 4096, 0xffffffff, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_HUGE_1GB, -1, 0);
  syscall(SYS_mmap, NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mmap, NULL, ~0UL, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  int z = open("/dev/zero", O_RDONLY);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, z, 123);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, z, -4096L);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, 0xdead00000000UL | 99, 0);
  syscall(SYS_mmap, NULL, 4096, PROT_READ, 0, -1, 0);
  syscall(SYS_mmap, NULL, 4096, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE | MAP_LOCKED | MAP_DENYWRITE | MAP_EXECUTABLE, -1, 0);
  return 0;
}
