// File ioctls answered by ext4 for a file of its own: FS_IOC_GETFLAGS, FS_IOC_SETFLAGS with the same flags, FS_IOC_FSGETXATTR, FS_IOC_GETFSLABEL, FS_IOC_GETFSUUID and FS_IOC_GETFSSYSFSPATH (newer than strace 6.1), FS_IOC_FIEMAP counting extents only (fm_extent_count 0, after FIEMAP_FLAG_SYNC), FS_IOC_GET_ENCRYPTION_POLICY (none).
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-fs_ioctl_answers_ext4"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  static char data[8192];
  memset(data, 'e', sizeof data);
  syscall(SYS_write, fd, data, sizeof data);
  long flags = 0;
  syscall(SYS_ioctl, fd, FS_IOC_GETFLAGS, &flags);
  syscall(SYS_ioctl, fd, FS_IOC_SETFLAGS, &flags);
  struct fsxattr fx;
  syscall(SYS_ioctl, fd, FS_IOC_FSGETXATTR, &fx);
  char label[FSLABEL_MAX];
  syscall(SYS_ioctl, fd, FS_IOC_GETFSLABEL, label);
  unsigned char uuid[17];
  memset(uuid, 0, sizeof uuid);
  syscall(SYS_ioctl, fd, _IOR(0x15, 0, unsigned char[17]), uuid);
  unsigned char sp[129];
  memset(sp, 0, sizeof sp);
  syscall(SYS_ioctl, fd, _IOR(0x15, 1, unsigned char[129]), sp);
  struct fiemap fm;
  memset(&fm, 0, sizeof fm);
  fm.fm_length = ~0ULL;
  fm.fm_flags = FIEMAP_FLAG_SYNC;
  syscall(SYS_ioctl, fd, FS_IOC_FIEMAP, &fm);
  char pol[16];
  syscall(SYS_ioctl, fd, FS_IOC_GET_ENCRYPTION_POLICY, pol);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
