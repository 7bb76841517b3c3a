// NUMA policies no earlier set tried: set_mempolicy with MPOL_PREFERRED_MANY, MPOL_LOCAL with a mask, MPOL_F_NUMA_BALANCING, mode flags together, maxnode 0, 1, 65 and huge (a mask ending at an unmapped page), a bad mask; get_mempolicy with MPOL_F_NODE|MPOL_F_ADDR on a mapped page, unknown flags, short masks; mbind with MPOL_MF_* flags and unknown ones; the policy is put back to MPOL_DEFAULT.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#define MPOL_DEFAULT 0
#define MPOL_PREFERRED 1
#define MPOL_BIND 2
#define MPOL_INTERLEAVE 3
#define MPOL_LOCAL 4
#define MPOL_PREFERRED_MANY 5
#define MPOL_F_NUMA_BALANCING (1 << 13)
#define MPOL_F_RELATIVE_NODES (1 << 14)
#define MPOL_F_STATIC_NODES (1 << 15)
#define MPOL_F_NODE 1
#define MPOL_F_ADDR 2
#define MPOL_F_MEMS_ALLOWED 4
#define MPOL_MF_STRICT 1
#define MPOL_MF_MOVE 2
#define MPOL_MF_MOVE_ALL 4
int main(void) {
  unsigned long mask[4] = {1, 0, 0, 0};
  int mode;
  syscall(SYS_set_mempolicy, MPOL_PREFERRED_MANY, mask, 2);
  syscall(SYS_set_mempolicy, MPOL_LOCAL, mask, 2);
  syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_NUMA_BALANCING, mask, 65);
  syscall(SYS_set_mempolicy, MPOL_INTERLEAVE | MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES, mask, 2);
  syscall(SYS_set_mempolicy, MPOL_PREFERRED, mask, 0);
  syscall(SYS_set_mempolicy, MPOL_PREFERRED, mask, 1);
  char* edge = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(edge + 4096, 4096);
  syscall(SYS_set_mempolicy, MPOL_BIND, edge + 4096 - 16, 0x7fffffff);
  syscall(SYS_set_mempolicy, MPOL_BIND, BAD, 64);
  syscall(SYS_set_mempolicy, MPOL_DEFAULT, 0, 0);
  char* p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  p[0] = 1;
  syscall(SYS_get_mempolicy, &mode, 0, 0, p, MPOL_F_NODE | MPOL_F_ADDR);
  syscall(SYS_get_mempolicy, &mode, mask, 64, p, MPOL_F_ADDR);
  syscall(SYS_get_mempolicy, &mode, mask, 1, 0, 0);
  syscall(SYS_get_mempolicy, &mode, mask, 64, 0, MPOL_F_MEMS_ALLOWED | MPOL_F_NODE);
  syscall(SYS_get_mempolicy, &mode, 0, 0, 0, 0x8);
  syscall(SYS_get_mempolicy, BAD, 0, 0, 0, 0);
  syscall(SYS_mbind, p, 8192, MPOL_BIND, mask, 64, MPOL_MF_STRICT | MPOL_MF_MOVE);
  syscall(SYS_mbind, p, 8192, MPOL_PREFERRED_MANY, mask, 64, MPOL_MF_MOVE_ALL);
  syscall(SYS_mbind, p, 8192, MPOL_DEFAULT, 0, 0, 0x10);
  syscall(SYS_mbind, p, 8192, MPOL_DEFAULT, 0, 0, 0xffffffff);
  syscall(SYS_mbind, p + 1, 8192, MPOL_DEFAULT, 0, 0, 0);
  return 0;
}
