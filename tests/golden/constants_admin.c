/* Golden program: the named constants of administration calls — I/O
 * priorities, syslog actions, personalities, fanotify, the new mount API,
 * module, pkey, swap and reboot flags — good, unknown and extreme values;
 * mount(2)'s type and data only where the kernel reads them (a remount, a
 * bind, a move, a propagation change: their addresses instead); fsconfig's
 * key and value by command (FSCONFIG_SET_BINARY's bytes in hex, the CMD_
 * commands' and unknown ones' addresses).
 * Every call here fails or changes only this process. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <sys/fanotify.h>
#include <linux/mount.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/swap.h>
#include <linux/reboot.h>
int main(void) {
  syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
  syscall(SYS_ioprio_get, 1, 0);
  syscall(SYS_ioprio_get, 9, 0);
  syscall(SYS_ioprio_set, 2, 77, (7 << 13) | 9);
  syscall(SYS_syslog, 10, NULL, 0);
  syscall(SYS_syslog, 99, NULL, 0);
  syscall(SYS_syslog, 0, NULL, 0);
  syscall(SYS_syslog, 2, NULL, -1);
  syscall(SYS_syslog, -1, NULL, 0);
  syscall(SYS_personality, 0xffffffff);
  syscall(SYS_personality, PER_LINUX | ADDR_NO_RANDOMIZE);
  syscall(SYS_personality, 0xffffffff);
  syscall(SYS_personality, PER_LINUX);
  int fa = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_LARGEFILE);
  syscall(SYS_fanotify_mark, fa, FAN_MARK_ADD | FAN_MARK_ONLYDIR, FAN_OPEN | FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD, "/tmp");
  syscall(SYS_fanotify_mark, fa, 0x80000000, 0x7000000000000000ULL, -5, NULL);
  close(fa);
  /* (a target that does not exist: every mount fails, ENOENT) */
  const char* src = "/nonexistent-golden-mount-src";
  const char* dst = "/nonexistent-golden-mount-dst";
  syscall(SYS_mount, src, dst, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m");
  syscall(SYS_mount, src, dst, "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m");
  syscall(SYS_mount, src, dst, "tmpfs", MS_BIND | MS_REC, "size=1m");
  syscall(SYS_mount, src, dst, "tmpfs", MS_MOVE, "size=1m");
  syscall(SYS_mount, "none", dst, "tmpfs", MS_PRIVATE | MS_REC, NULL);
  syscall(SYS_mount, src, dst, NULL, MS_REMOUNT | MS_BIND, "ro");
  for (int cmd = 0; cmd < 10; cmd++) syscall(SYS_fsconfig, -1, cmd, "key", "value", 5);
  syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "key", "value", 0);
  syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "key", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", 36);
  syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "key", "\x01\x02\x00" "ab\x00", 6);  /* NULs among the bytes */
  syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "key", "\x01", -1);
  syscall(SYS_fsopen, "nonexistentfs", FSOPEN_CLOEXEC);
  syscall(SYS_fsopen, "tmpfs", 0x10);
  syscall(SYS_fspick, AT_FDCWD, "/nonexistent", FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
  syscall(SYS_open_tree, AT_FDCWD, "/nonexistent", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
  syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_SYMLINKS);
  syscall(SYS_fsmount, -1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID);
  syscall(SYS_delete_module, "nonexistent_golden", O_NONBLOCK | O_TRUNC);
  syscall(SYS_finit_module, -1, "", 3);
  syscall(SYS_pkey_alloc, 0, 3);
  syscall(SYS_pkey_alloc, 1, 0);
  swapon("/nonexistent", SWAP_FLAG_PREFER | 5 | SWAP_FLAG_DISCARD);
  syscall(SYS_reboot, 1, 2, LINUX_REBOOT_CMD_CAD_OFF, NULL);  /* bad magic: EINVAL, never a reboot */
  syscall(SYS_userfaultfd, O_CLOEXEC | 0x1000);
  return 0;
}
