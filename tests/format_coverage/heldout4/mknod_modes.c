// mknod and mknodat in a directory of its own: each file type, permission bits, device numbers small and huge, bad types and paths.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h4-mknod", 0700);
  int d = open("/tmp/lzp-h4-mknod", O_RDONLY | O_DIRECTORY);
  syscall(SYS_mknod, "/tmp/lzp-h4-mknod/fifo", S_IFIFO | 0644, 0);
  syscall(SYS_mknod, "/tmp/lzp-h4-mknod/reg", S_IFREG | 04755, 0);
  syscall(SYS_mknod, "/tmp/lzp-h4-mknod/chr", S_IFCHR | 0600, makedev(1, 3));
  syscall(SYS_mknodat, d, "blk", S_IFBLK | 0660, makedev(7, 200));
  syscall(SYS_mknodat, d, "sock", S_IFSOCK | 0777, 0);
  syscall(SYS_mknodat, d, "chr2", S_IFCHR | 01600, makedev(4095, 1048575));
  syscall(SYS_mknodat, d, "chr3", S_IFCHR, 0xffffffffffffffffULL);
  syscall(SYS_mknodat, d, "none", 0644, 0);
  syscall(SYS_mknodat, d, "dir", S_IFDIR | 0755, 0);
  syscall(SYS_mknodat, d, "bad", 0170000 | 0777, 0);
  syscall(SYS_mknodat, d, "link", S_IFLNK | 0777, 0);
  syscall(SYS_mknodat, d, "wide", 0xffff0000 | S_IFIFO | 0600, 0);
  syscall(SYS_mknodat, AT_FDCWD, (void*)0xbad0000, S_IFIFO, 0);
  syscall(SYS_mknodat, -1, "rel", S_IFIFO, 0);
  syscall(SYS_mknod, "/tmp/lzp-h4-mknod/fifo", S_IFIFO | 0644, 0);
  const char* names[] = {"fifo", "reg", "chr", "blk", "sock", "chr2", "chr3", "none", "wide"};
  for (unsigned i = 0; i < sizeof names / sizeof *names; i++) unlinkat(d, names[i], 0);
  rmdir("/tmp/lzp-h4-mknod");
  return 0;
}
