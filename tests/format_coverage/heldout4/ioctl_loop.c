// loop device ioctls on a regular file (ENOTTY): status structs in and out, fds, unknown loop requests.
#include <fcntl.h>
#include <linux/loop.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-loop", O_RDWR | O_CREAT | O_TRUNC, 0600);
  struct loop_info64 li;
  memset(&li, 0, sizeof li);
  li.lo_offset = 4096;
  li.lo_sizelimit = 1 << 20;
  li.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR;
  strcpy((char*)li.lo_file_name, "backing");
  ioctl(f, LOOP_SET_STATUS64, &li);
  ioctl(f, LOOP_GET_STATUS64, &li);
  ioctl(f, LOOP_SET_STATUS64, (void*)0xbad0000);
  ioctl(f, LOOP_SET_FD, 3);
  ioctl(f, LOOP_CHANGE_FD, -1);
  ioctl(f, LOOP_CLR_FD);
  ioctl(f, LOOP_SET_CAPACITY);
  ioctl(f, LOOP_SET_DIRECT_IO, 1);
  ioctl(f, LOOP_SET_BLOCK_SIZE, 4096);
  ioctl(f, LOOP_CTL_GET_FREE);
  ioctl(f, LOOP_CTL_REMOVE, 77);
  ioctl(f, LOOP_CTL_ADD, -1);
  struct loop_config lc;
  memset(&lc, 0, sizeof lc);
  lc.fd = 5;
  lc.block_size = 512;
  lc.info = li;
  ioctl(f, LOOP_CONFIGURE, &lc);
  ioctl(f, 0x4cff, 0);
  close(f);
  unlink("/tmp/lzp-h4-loop");
  return 0;
}
