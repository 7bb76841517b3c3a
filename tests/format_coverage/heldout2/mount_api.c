// mount, umount2, and the new mount API with bad arguments (nothing is mounted).
#define _GNU_SOURCE
#include <linux/mount.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <fcntl.h>
#include <unistd.h>
int main(void) {
  mount("none", "/nonexistent-lzp", "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=1m,mode=0755");
  mount("/nonexistent-src", "/nonexistent-lzp", NULL, MS_BIND | MS_REC, NULL);
  mount(NULL, "/nonexistent-lzp", NULL, MS_REMOUNT | MS_RDONLY | 0x80000000, NULL);
  umount2("/nonexistent-lzp", MNT_DETACH | MNT_EXPIRE);
  umount2("/nonexistent-lzp", 0x100);
  syscall(SYS_fsopen, "no-such-fs-lzp", FSOPEN_CLOEXEC);
  syscall(SYS_fsopen, "tmpfs", 0x8);
  syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, "size", "1m", 0);
  syscall(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
  syscall(SYS_fsmount, -1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID);
  syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent-lzp", MOVE_MOUNT_F_EMPTY_PATH);
  syscall(SYS_open_tree, AT_FDCWD, "/nonexistent-lzp", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
  syscall(SYS_fspick, AT_FDCWD, "/nonexistent-lzp", FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
  struct mount_attr attr = {.attr_set = MOUNT_ATTR_RDONLY, .attr_clr = MOUNT_ATTR_NOEXEC};
  syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent-lzp", AT_RECURSIVE, &attr, sizeof attr);
  syscall(SYS_mount_setattr, -1, "", 0, NULL, 0);
  return 0;
}
