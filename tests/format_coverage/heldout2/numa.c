// get_mempolicy, set_mempolicy, mbind, migrate_pages, move_pages with good and bad arguments.
#define _GNU_SOURCE
#include <linux/mempolicy.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int mode = -1; unsigned long mask[2] = {0, 0};
  syscall(SYS_get_mempolicy, &mode, mask, 128, NULL, 0);
  syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, MPOL_F_MEMS_ALLOWED);
  syscall(SYS_get_mempolicy, &mode, mask, 1, NULL, 0x100);
  syscall(SYS_get_mempolicy, NULL, NULL, 0, (void*)0xbad0000, MPOL_F_ADDR);
  mask[0] = 1;
  syscall(SYS_set_mempolicy, MPOL_PREFERRED, mask, 64);
  syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
  syscall(SYS_set_mempolicy, 77, mask, 64);
  syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, mask, 64);
  void* p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mbind, p, 8192, MPOL_BIND, mask, 64, MPOL_MF_STRICT | MPOL_MF_MOVE);
  syscall(SYS_mbind, p, 8192, MPOL_DEFAULT, NULL, 0, 0);
  syscall(SYS_mbind, p, 8192, MPOL_INTERLEAVE, mask, 64, 0x80);
  syscall(SYS_migrate_pages, 0, 64, mask, mask);
  syscall(SYS_migrate_pages, -1, 64, NULL, mask);
  void* pages[1] = {p}; int nodes[1] = {0}, status[1] = {-1};
  syscall(SYS_move_pages, 0, 1, pages, NULL, status, 0);
  syscall(SYS_move_pages, 0, 1, pages, nodes, status, MPOL_MF_MOVE);
  syscall(SYS_move_pages, -1, 1, pages, NULL, status, 0);
  return 0;
}
