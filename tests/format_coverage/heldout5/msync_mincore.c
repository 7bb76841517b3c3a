// msync flag combinations, unaligned and unmapped ranges; mincore with bad vectors and ranges; remap_file_pages on a shared file mapping.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-msync", 0700);
  int f = open("/tmp/lzp-h5-msync/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_ftruncate, f, 16384);
  char* m = (char*)syscall(SYS_mmap, NULL, 16384, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
  unsigned char v[4];
  syscall(SYS_msync, m, 4096, MS_ASYNC | MS_INVALIDATE);
  syscall(SYS_msync, m, 4096, MS_ASYNC | MS_SYNC);
  syscall(SYS_msync, m + 1, 4096, MS_SYNC);
  syscall(SYS_msync, m, 0, MS_SYNC);
  syscall(SYS_msync, (void*)0xbad0000, 4096, MS_SYNC);
  syscall(SYS_msync, m, 4096, 0);
  syscall(SYS_mincore, m, 16384, v);
  syscall(SYS_mincore, m + 1, 4096, v);
  syscall(SYS_mincore, m, 0, v);
  syscall(SYS_mincore, m, 4096, (void*)0xbad0000);
  syscall(SYS_mincore, (void*)0xbad0000, 4096, v);
  syscall(SYS_remap_file_pages, m, 4096, 0, 2, 0);
  syscall(SYS_remap_file_pages, m, 4096, PROT_READ, 1, 0);
  syscall(SYS_remap_file_pages, m, 4096, 0, 1, MAP_NONBLOCK);
  syscall(SYS_remap_file_pages, (void*)0xbad0000, 4096, 0, 0, 0);
  syscall(SYS_munmap, m, 16384);
  unlink("/tmp/lzp-h5-msync/f");
  rmdir("/tmp/lzp-h5-msync");
  return 0;
}
