// More file ioctls on a regular file: fiemap, fsxattr get and set, labels (set only on a pipe: as root on ext4 it renames the filesystem), dedupe and clone ranges, trim on a pipe, bad pointers.
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-fsx", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789", 10);
  struct fiemap* fm = calloc(1, sizeof *fm + 4 * sizeof(struct fiemap_extent));
  fm->fm_length = ~0ULL;
  fm->fm_flags = FIEMAP_FLAG_SYNC;
  fm->fm_extent_count = 4;
  ioctl(f, FS_IOC_FIEMAP, fm);
  fm->fm_flags = 0xff;
  ioctl(f, FS_IOC_FIEMAP, fm);
  struct fsxattr x;
  memset(&x, 0, sizeof x);
  ioctl(f, FS_IOC_FSGETXATTR, &x);
  x.fsx_xflags = FS_XFLAG_NODUMP | 0x40000000;
  ioctl(f, FS_IOC_FSSETXATTR, &x);
  ioctl(f, FS_IOC_FSGETXATTR, (void*)0xbad0000);
  int p[2];
  pipe(p);
  char label[FSLABEL_MAX];
  ioctl(f, FS_IOC_GETFSLABEL, label);
  ioctl(p[0], FS_IOC_SETFSLABEL, "lbl");
  struct file_clone_range cr = {f, 0, 4, 0};
  ioctl(f, FICLONERANGE, &cr);
  struct file_dedupe_range* dr = calloc(1, sizeof *dr + sizeof(struct file_dedupe_range_info));
  dr->src_length = 4;
  dr->dest_count = 1;
  dr->info[0].dest_fd = f;
  dr->info[0].dest_offset = 4;
  ioctl(f, FIDEDUPERANGE, dr);
  struct fstrim_range tr = {0, ~0ULL, 0};
  ioctl(p[0], FITRIM, &tr);
  int blk = 0;
  ioctl(f, FIBMAP, (void*)0xbad0000);
  ioctl(p[0], FS_IOC_GETVERSION, &blk);
  close(f);
  unlink("/tmp/lzp-h4-fsx");
  return 0;
}
