// Block and filesystem ioctls: BLKGETSIZE64, FS_IOC_GETFLAGS/SETFLAGS, FICLONE, FIGETBSZ.
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <stdint.h>
int main(void) {
  int fd = open("/proc/self/exe", O_RDONLY); uint64_t size; long flags = 0; int bsz;
  int t = open("/tmp/lzp-cov-ioctl-fs", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ioctl(fd, BLKGETSIZE64, &size); ioctl(fd, BLKGETSIZE, &size); ioctl(fd, BLKSSZGET, &bsz);
  ioctl(t, FS_IOC_GETFLAGS, &flags); ioctl(t, FS_IOC_GETFLAGS, (void*)0xbad0000); ioctl(t, FS_IOC_SETFLAGS, &flags);
  ioctl(t, FICLONE, fd); ioctl(t, FICLONE, -1); ioctl(t, FIGETBSZ, &bsz);
  ioctl(t, FS_IOC_GETVERSION, &bsz);
  unlink("/tmp/lzp-cov-ioctl-fs");
  return 0;
}
