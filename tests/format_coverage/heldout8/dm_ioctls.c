// Device-mapper ioctls on a regular file, where each fails with ENOTTY: struct dm_ioctl with version, sizes, flags, name and uuid for DM_VERSION, DM_LIST_DEVICES, DM_DEV_CREATE, DM_DEV_STATUS, DM_TABLE_LOAD with a target spec, DM_TARGET_MSG with a message, DM_DEV_RENAME with a new name, a struct shorter than its header.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <linux/dm-ioctl.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-dm_ioctls"
static union { struct dm_ioctl io; char raw[1024]; } u;
static void head(unsigned size, unsigned flags) {
  memset(&u, 0, sizeof u);
  u.io.version[0] = DM_VERSION_MAJOR;
  u.io.version[1] = 0;
  u.io.version[2] = 0;
  u.io.data_size = size;
  u.io.data_start = sizeof(struct dm_ioctl);
  u.io.flags = flags;
  strcpy(u.io.name, "lzp-h8");
}
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  head(sizeof u, 0);
  syscall(SYS_ioctl, fd, DM_VERSION, &u);
  syscall(SYS_ioctl, fd, DM_LIST_DEVICES, &u);
  head(sizeof(struct dm_ioctl), DM_READONLY_FLAG | DM_PERSISTENT_DEV_FLAG);
  strcpy(u.io.uuid, "LZP-0001");
  u.io.dev = 0xfd01;
  syscall(SYS_ioctl, fd, DM_DEV_CREATE, &u);
  syscall(SYS_ioctl, fd, DM_DEV_STATUS, &u);
  head(sizeof u, DM_SUSPEND_FLAG);
  u.io.target_count = 1;
  struct dm_target_spec *t = (struct dm_target_spec *)(u.raw + sizeof(struct dm_ioctl));
  t->sector_start = 0;
  t->length = 2048;
  t->status = 0;
  t->next = 0;
  strcpy(t->target_type, "linear");
  strcpy((char *)(t + 1), "8:1 0");
  syscall(SYS_ioctl, fd, DM_TABLE_LOAD, &u);
  head(sizeof u, 0);
  struct dm_target_msg *m = (struct dm_target_msg *)(u.raw + sizeof(struct dm_ioctl));
  m->sector = 16;
  strcpy(m->message, "flush");
  syscall(SYS_ioctl, fd, DM_TARGET_MSG, &u);
  head(sizeof u, 0);
  strcpy(u.raw + sizeof(struct dm_ioctl), "lzp-h8-new");
  syscall(SYS_ioctl, fd, DM_DEV_RENAME, &u);
  head(16, 0);
  syscall(SYS_ioctl, fd, DM_DEV_REMOVE, &u);
  syscall(SYS_ioctl, fd, DM_VERSION, (void *)0xbad0000);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
