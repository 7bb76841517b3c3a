// Btrfs ioctls on a memfd (tmpfs), where each fails with ENOTTY: subvolume and snapshot creation args, DEFAULT_SUBVOL, TREE_SEARCH with a key, INO_LOOKUP, SPACE_INFO, FS_INFO, GET_FEATURES/SET_FEATURES, QUOTA_CTL, QGROUP_ASSIGN, BALANCE_CTL, SCRUB, DEV_INFO, SYNC, START_SYNC, WAIT_SYNC.
#define _GNU_SOURCE
#include <linux/btrfs.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_memfd_create, "btrfs", 0);
  struct btrfs_ioctl_vol_args va;
  memset(&va, 0, sizeof va);
  va.fd = 5;
  strcpy(va.name, "subvol");
  syscall(SYS_ioctl, fd, BTRFS_IOC_SUBVOL_CREATE, &va);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SNAP_DESTROY, &va);
  struct btrfs_ioctl_vol_args_v2 v2;
  memset(&v2, 0, sizeof v2);
  v2.fd = 5;
  v2.flags = BTRFS_SUBVOL_RDONLY;
  strcpy(v2.name, "snap");
  syscall(SYS_ioctl, fd, BTRFS_IOC_SNAP_CREATE_V2, &v2);
  unsigned long long id = 256;
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEFAULT_SUBVOL, &id);
  struct btrfs_ioctl_search_args sa;
  memset(&sa, 0, sizeof sa);
  sa.key.tree_id = 1;
  sa.key.max_objectid = (unsigned long long)-1;
  sa.key.max_offset = (unsigned long long)-1;
  sa.key.max_transid = (unsigned long long)-1;
  sa.key.min_type = 132;
  sa.key.max_type = 132;
  sa.key.nr_items = 10;
  syscall(SYS_ioctl, fd, BTRFS_IOC_TREE_SEARCH, &sa);
  struct btrfs_ioctl_ino_lookup_args il;
  memset(&il, 0, sizeof il);
  il.treeid = 5;
  il.objectid = 256;
  syscall(SYS_ioctl, fd, BTRFS_IOC_INO_LOOKUP, &il);
  struct btrfs_ioctl_space_args sp = {0, 0};
  syscall(SYS_ioctl, fd, BTRFS_IOC_SPACE_INFO, &sp);
  struct btrfs_ioctl_fs_info_args fi;
  memset(&fi, 0, sizeof fi);
  syscall(SYS_ioctl, fd, BTRFS_IOC_FS_INFO, &fi);
  struct btrfs_ioctl_feature_flags ff[2];
  memset(ff, 0, sizeof ff);
  syscall(SYS_ioctl, fd, BTRFS_IOC_GET_FEATURES, ff);
  ff[0].compat_ro_flags = BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE;
  ff[1].compat_ro_flags = BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SET_FEATURES, ff);
  struct btrfs_ioctl_quota_ctl_args qc = {BTRFS_QUOTA_CTL_ENABLE, 0};
  syscall(SYS_ioctl, fd, BTRFS_IOC_QUOTA_CTL, &qc);
  struct btrfs_ioctl_qgroup_assign_args qa = {1, 256, (1ULL << 48) | 1};
  syscall(SYS_ioctl, fd, BTRFS_IOC_QGROUP_ASSIGN, &qa);
  int bc = BTRFS_BALANCE_CTL_PAUSE;
  syscall(SYS_ioctl, fd, BTRFS_IOC_BALANCE_CTL, bc);
  struct btrfs_ioctl_scrub_args sc;
  memset(&sc, 0, sizeof sc);
  sc.devid = 1;
  sc.end = (unsigned long long)-1;
  sc.flags = BTRFS_SCRUB_READONLY;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SCRUB, &sc);
  struct btrfs_ioctl_dev_info_args di;
  memset(&di, 0, sizeof di);
  di.devid = 1;
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEV_INFO, &di);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SYNC, 0);
  unsigned long long tr = 0;
  syscall(SYS_ioctl, fd, BTRFS_IOC_START_SYNC, &tr);
  syscall(SYS_ioctl, fd, BTRFS_IOC_WAIT_SYNC, &tr);
  syscall(SYS_close, fd);
  return 0;
}
