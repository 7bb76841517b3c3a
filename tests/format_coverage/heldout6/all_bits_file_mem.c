// Every flag bit set (~0) in the flags of file and memory calls: renameat2, faccessat2, linkat, unlinkat, utimensat, fchownat, name_to_handle_at, execveat, close_range, copy_file_range, splice, tee, vmsplice, sync_file_range, preadv2, mount_setattr, move_mount, fsmount, mlock2, msync, mremap, pkey_alloc, mbind, get_mempolicy, move_pages, process_madvise, membarrier, remap_file_pages' flags. All fail with EINVAL.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#define ALL 0xffffffffUL
int main(void) {
  char buf[8];
  struct iovec iov = {buf, sizeof buf};
  int p[2];
  pipe(p);
  syscall(SYS_renameat2, AT_FDCWD, "/nonexistent-a", AT_FDCWD, "/nonexistent-b", ALL);
  syscall(SYS_faccessat2, AT_FDCWD, "/", R_OK, ALL);
  syscall(SYS_linkat, AT_FDCWD, "/nonexistent-a", AT_FDCWD, "/nonexistent-b", ALL);
  syscall(SYS_unlinkat, AT_FDCWD, "/nonexistent-a", ALL);
  syscall(SYS_utimensat, AT_FDCWD, "/nonexistent-a", 0, ALL);
  syscall(SYS_fchownat, AT_FDCWD, "/nonexistent-a", -1, -1, ALL);
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", buf, buf, ALL);
  char* argv[] = {0};
  syscall(SYS_execveat, AT_FDCWD, "/nonexistent-a", argv, argv, ALL);
  syscall(SYS_close_range, 100, 200, ALL);
  syscall(SYS_copy_file_range, p[0], 0, p[1], 0, 1, ALL);
  syscall(SYS_splice, p[0], 0, p[1], 0, 1, ALL);
  syscall(SYS_tee, p[0], p[1], 1, ALL);
  syscall(SYS_vmsplice, p[1], &iov, 1, ALL);
  syscall(SYS_sync_file_range, p[0], 0, 0, ALL);
  syscall(SYS_preadv2, p[0], &iov, 1, -1, ALL);
  syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent-a", ALL, buf, 32);
  syscall(SYS_move_mount, AT_FDCWD, "/nonexistent-a", AT_FDCWD, "/nonexistent-b", ALL);
  syscall(SYS_fsmount, -1, ALL, ALL);
  char* m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_mlock2, m, 4096, ALL);
  syscall(SYS_msync, m, 4096, ALL);
  syscall(SYS_mremap, m, 4096, 4096, ALL, 0);
  syscall(SYS_pkey_alloc, ALL, ALL);
  syscall(SYS_mbind, m, 4096, 0, 0, 0, ALL);
  int mode;
  syscall(SYS_get_mempolicy, &mode, 0, 0, 0, ALL);
  syscall(SYS_move_pages, 0, 1, &m, 0, &mode, ALL);
  syscall(SYS_process_madvise, -1, &iov, 1, MADV_COLD, ALL);
  syscall(SYS_membarrier, 0, ALL, 0);
  syscall(SYS_remap_file_pages, m, 4096, 0, 0, ALL);
  return 0;
}
