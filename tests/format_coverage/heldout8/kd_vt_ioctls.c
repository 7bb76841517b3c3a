// Console (KD*) and virtual terminal (VT_*) ioctls on /dev/null, which has neither, so each fails with ENOTTY: getters, setters with integers and constants, and struct arguments (kbentry, kbsentry, vt_mode, vt_sizes, vt_stat, console_font_op).
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/kd.h>
#include <linux/vt.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  int v = 0;
  syscall(SYS_ioctl, fd, KDGETMODE, &v);
  syscall(SYS_ioctl, fd, KDSETMODE, KD_GRAPHICS);
  syscall(SYS_ioctl, fd, KDGKBMODE, &v);
  syscall(SYS_ioctl, fd, KDSKBMODE, K_UNICODE);
  syscall(SYS_ioctl, fd, KDGKBTYPE, &v);
  syscall(SYS_ioctl, fd, KDGETLED, &v);
  syscall(SYS_ioctl, fd, KDSETLED, LED_SCR | LED_CAP);
  syscall(SYS_ioctl, fd, KDMKTONE, 0x10000200);
  syscall(SYS_ioctl, fd, KIOCSOUND, 1000);
  syscall(SYS_ioctl, fd, KDGKBMETA, &v);
  syscall(SYS_ioctl, fd, KDSKBMETA, K_ESCPREFIX);
  syscall(SYS_ioctl, fd, KDSIGACCEPT, 10);
  struct kbentry ke = {K_SHIFTTAB, 30, 0};
  syscall(SYS_ioctl, fd, KDGKBENT, &ke);
  syscall(SYS_ioctl, fd, KDSKBENT, &ke);
  struct kbsentry ks;
  memset(&ks, 0, sizeof ks);
  ks.kb_func = 3;
  strcpy((char *)ks.kb_string, "\033[[C");
  syscall(SYS_ioctl, fd, KDSKBSENT, &ks);
  syscall(SYS_ioctl, fd, KDGKBSENT, &ks);
  syscall(SYS_ioctl, fd, VT_OPENQRY, &v);
  struct vt_stat vs;
  syscall(SYS_ioctl, fd, VT_GETSTATE, &vs);
  syscall(SYS_ioctl, fd, VT_ACTIVATE, 3);
  syscall(SYS_ioctl, fd, VT_WAITACTIVE, 3);
  syscall(SYS_ioctl, fd, VT_DISALLOCATE, 9);
  struct vt_mode vm = {VT_PROCESS, 0, 10, 12, 0};
  syscall(SYS_ioctl, fd, VT_SETMODE, &vm);
  syscall(SYS_ioctl, fd, VT_GETMODE, &vm);
  struct vt_sizes sz = {25, 80, 0};
  syscall(SYS_ioctl, fd, VT_RESIZE, &sz);
  syscall(SYS_ioctl, fd, VT_LOCKSWITCH, 0);
  struct console_font_op cf;
  memset(&cf, 0, sizeof cf);
  cf.op = KD_FONT_OP_GET;
  cf.width = 8;
  cf.height = 16;
  cf.charcount = 256;
  syscall(SYS_ioctl, fd, KDFONTOP, &cf);
  syscall(SYS_ioctl, fd, GIO_SCRNMAP, (void *)0xbad0000);
  syscall(SYS_close, fd);
  return 0;
}
