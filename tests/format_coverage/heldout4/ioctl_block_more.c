// More block-device ioctls on a regular file (ENOTTY): read-only flag, readahead, discard ranges, zone and partition requests.
#include <fcntl.h>
#include <linux/blkpg.h>
#include <linux/blkzoned.h>
#include <linux/fs.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-blk", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int ro = 1;
  long ra = 256;
  uint64_t range[2] = {0, 4096};
  ioctl(f, BLKROGET, &ro);
  ioctl(f, BLKROSET, &ro);
  ioctl(f, BLKRAGET, &ra);
  ioctl(f, BLKRASET, 512);
  ioctl(f, BLKFRAGET, &ra);
  ioctl(f, BLKFLSBUF);
  ioctl(f, BLKRRPART);
  ioctl(f, BLKDISCARD, range);
  ioctl(f, BLKSECDISCARD, range);
  ioctl(f, BLKZEROOUT, range);
  ioctl(f, BLKIOMIN, &ro);
  ioctl(f, BLKIOOPT, &ro);
  ioctl(f, BLKALIGNOFF, &ro);
  ioctl(f, BLKPBSZGET, &ro);
  ioctl(f, BLKDISCARDZEROES, &ro);
  ioctl(f, BLKROTATIONAL, (void*)0xbad0000);
  struct blkpg_partition p = {1 << 20, 1 << 21, 1, "d", "v"};
  struct blkpg_ioctl_arg a = {BLKPG_ADD_PARTITION, 0, sizeof p, &p};
  ioctl(f, BLKPG, &a);
  struct blk_zone_range zr = {0, 8};
  ioctl(f, BLKRESETZONE, &zr);
  ioctl(f, BLKGETZONESZ, &ro);
  ioctl(f, BLKGETNRZONES, &ro);
  close(f);
  unlink("/tmp/lzp-h4-blk");
  return 0;
}
