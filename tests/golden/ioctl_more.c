// ioctl requests beyond the terminal ones: argument-less fd flags, job
// control on a non-terminal, block and inode-flag requests on a regular file,
// struct ifreq lookups on the loopback interface (lo is index 1, up), and
// SIOCGIFCONF's length query.
#include <fcntl.h>
#include <linux/fs.h>
#include <net/if.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char** argv) {
  (void)argc;
  char path[512];
  snprintf(path, sizeof path, "%s/ioctl-more", argv[1]);
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600), null = open("/dev/null", O_RDWR);
  int on = 1, cell = 0;
  uint64_t size = 0;
  long flags = 0;
  ioctl(fd, FIOCLEX);
  ioctl(fd, FIONCLEX);
  ioctl(fd, FIOASYNC, &on);
  ioctl(null, TIOCSCTTY, 1);
  ioctl(null, TIOCNOTTY);
  ioctl(null, TIOCGSID, &cell);
  ioctl(null, TIOCGEXCL, &cell);
  ioctl(fd, BLKGETSIZE64, &size);
  ioctl(fd, BLKGETSIZE, &size);
  ioctl(fd, BLKSSZGET, &cell);
  if (ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) ioctl(fd, FS_IOC_SETFLAGS, &flags);
  ioctl(fd, FICLONE, null);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct ifreq r;
  memset(&r, 0, sizeof r);
  r.ifr_ifindex = 1;
  ioctl(s, SIOCGIFNAME, &r);
  r.ifr_ifindex = 99999;
  ioctl(s, SIOCGIFNAME, &r);
  memset(&r, 0, sizeof r);
  strcpy(r.ifr_name, "lo");
  ioctl(s, SIOCGIFINDEX, &r);
  ioctl(s, SIOCGIFMTU, &r);
  strcpy(r.ifr_name, "no-such-if0");
  ioctl(s, SIOCGIFINDEX, &r);
  ioctl(s, SIOCGIFFLAGS, &r);
  struct ifconf conf = {0};  // a length query (no buffer), then a refused one
  ioctl(s, SIOCGIFCONF, &conf);
  conf.ifc_len = 123;
  ioctl(-1, SIOCGIFCONF, &conf);
  unlink(path);
  return 0;
}
