// evdev ioctls on a regular file (ENOTTY): version, id, name with lengths, bits by event type, absinfo, grab.
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(void) {
  int f = open("/tmp/lzp-h4-evdev", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int v;
  char name[64];
  struct input_id id;
  struct input_absinfo ai = {1, 2, 3, 4, 5, 6};
  unsigned long bits[4];
  ioctl(f, EVIOCGVERSION, &v);
  ioctl(f, EVIOCGID, &id);
  ioctl(f, EVIOCGNAME(sizeof name), name);
  ioctl(f, EVIOCGPHYS(0), name);
  ioctl(f, EVIOCGUNIQ(16), name);
  ioctl(f, EVIOCGBIT(0, sizeof bits), bits);
  ioctl(f, EVIOCGBIT(EV_KEY, sizeof bits), bits);
  ioctl(f, EVIOCGBIT(EV_ABS, 8), bits);
  ioctl(f, EVIOCGABS(ABS_X), &ai);
  ioctl(f, EVIOCSABS(ABS_Y), &ai);
  ioctl(f, EVIOCGRAB, 1);
  ioctl(f, EVIOCREVOKE, 0);
  ioctl(f, EVIOCSCLOCKID, (void*)0xbad0000);
  ioctl(f, EVIOCGKEY(sizeof bits), bits);
  close(f);
  unlink("/tmp/lzp-h4-evdev");
  return 0;
}
