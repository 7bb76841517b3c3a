// fs-verity and fscrypt ioctls on a tmpfs or ext4 file: enable arguments, measure with short digest buffers, policy queries.
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/fsverity.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-verity", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "verity", 6);
  struct fsverity_enable_arg e;
  memset(&e, 0, sizeof e);
  e.version = 1;
  e.hash_algorithm = FS_VERITY_HASH_ALG_SHA256;
  e.block_size = 4096;
  e.salt_size = 4;
  e.salt_ptr = (unsigned long)"salt";
  ioctl(f, FS_IOC_ENABLE_VERITY, &e);
  e.hash_algorithm = 99;
  ioctl(f, FS_IOC_ENABLE_VERITY, &e);
  ioctl(f, FS_IOC_ENABLE_VERITY, (void*)0xbad0000);
  struct { struct fsverity_digest d; unsigned char b[64]; } m = {{0, 64}};
  ioctl(f, FS_IOC_MEASURE_VERITY, &m);
  m.d.digest_size = 0;
  ioctl(f, FS_IOC_MEASURE_VERITY, &m);
  struct fsverity_read_metadata_arg rm = {FS_VERITY_METADATA_TYPE_MERKLE_TREE, 0, 64, (unsigned long)m.b, 0};
  ioctl(f, FS_IOC_READ_VERITY_METADATA, &rm);
  unsigned char pol[32] = {0};
  ioctl(f, FS_IOC_GET_ENCRYPTION_POLICY, pol);
  ioctl(f, FS_IOC_GET_ENCRYPTION_PWSALT, pol);
  close(f);
  unlink("/tmp/lzp-h4-verity");
  return 0;
}
