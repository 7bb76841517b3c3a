// Namespace ioctls on /proc/self/ns files: type, owner uid, user namespace and parent (fds), pid translation, bad fds.
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int n = open("/proc/self/ns/uts", O_RDONLY);
  int p = open("/proc/self/ns/pid", O_RDONLY);
  int u = open("/proc/self/ns/user", O_RDONLY);
  unsigned uid = 77;
  ioctl(n, NS_GET_NSTYPE);
  ioctl(p, NS_GET_NSTYPE);
  ioctl(u, NS_GET_NSTYPE);
  ioctl(u, NS_GET_OWNER_UID, &uid);
  ioctl(n, NS_GET_OWNER_UID, &uid);
  ioctl(u, NS_GET_OWNER_UID, (void*)0xbad0000);
  ioctl(u, NS_GET_PARENT);
  ioctl(p, NS_GET_PARENT);
  int r = ioctl(n, NS_GET_USERNS);
  if (r >= 0) close(r);
  ioctl(-1, NS_GET_USERNS);
  ioctl(p, 0xb705);
  return 0;
}
