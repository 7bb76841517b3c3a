// Golden program for io_uring_register's argument by opcode and Btrfs's
// ioctls (the "still printed differently" list of docs/format-coverage.md):
// buffers, eventfds, files updates (the fd array the struct points to, a
// second-level copy; one cut by the end of memory, one NULL), restrictions
// of each kind, IOWQ affinity and max workers (written back, and refused),
// ring fds registered and unregistered, FILES2/FILES_UPDATE2 with tags,
// arrays of no elements, unreadable arguments and an unknown opcode; then
// Btrfs ioctls on a memfd (each fails with ENOTTY): vol args, v2 args with
// flags, search keys (ids by name, UINT64_MAX, the default objectid range
// left out), INO_LOOKUP, SPACE_INFO, SET_FEATURES, quota and qgroup args,
// BALANCE_CTL's value, scrub, dev info with a uuid, the no-argument and
// u64-cell requests; SCSI generic and HDIO requests by name.
#define _GNU_SOURCE
#include <linux/btrfs.h>
#include <linux/io_uring.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static long reg(int fd, unsigned op, void* arg, unsigned n) { return syscall(SYS_io_uring_register, fd, op, arg, n); }

static void io_uring_ops(char* end) {  // end: the first byte of an unmapped page
  struct io_uring_params p;
  memset(&p, 0, sizeof p);
  int r = syscall(SYS_io_uring_setup, 4, &p);
  static char b1[4096], b2[8192];
  struct iovec iov[40];
  for (int i = 0; i < 40; i++) iov[i] = (struct iovec){i % 2 ? b2 : b1, (size_t)i};
  reg(r, IORING_REGISTER_BUFFERS, iov, 2);
  reg(r, IORING_UNREGISTER_BUFFERS, NULL, 0);
  reg(r, IORING_REGISTER_BUFFERS, iov, 40);
  reg(r, IORING_REGISTER_BUFFERS, end - 16, 2);
  int e = syscall(SYS_eventfd2, 0, 0);
  int two[2] = {e, 99};
  reg(r, IORING_REGISTER_EVENTFD, &e, 1);
  reg(r, IORING_UNREGISTER_EVENTFD, NULL, 0);
  reg(r, IORING_REGISTER_EVENTFD_ASYNC, two, 2);
  reg(r, IORING_REGISTER_EVENTFD, end - 4, 2);
  reg(r, IORING_REGISTER_EVENTFD, end, 1);
  reg(r, IORING_REGISTER_EVENTFD, two, 0);
  int id = reg(r, IORING_REGISTER_PERSONALITY, NULL, 0);
  reg(r, IORING_UNREGISTER_PERSONALITY, NULL, id);
  unsigned w[3] = {0, 0, 7};
  reg(r, IORING_REGISTER_IOWQ_MAX_WORKERS, w, 2);
  reg(r, IORING_REGISTER_IOWQ_MAX_WORKERS, w, 3);
  reg(r, IORING_REGISTER_IOWQ_MAX_WORKERS, (void*)8, 2);
  unsigned long cpus[2] = {1, 1};
  reg(r, IORING_REGISTER_IOWQ_AFF, cpus, 8);
  reg(r, IORING_REGISTER_IOWQ_AFF, cpus, 16);
  reg(r, IORING_REGISTER_IOWQ_AFF, end, 8);
  reg(r, IORING_UNREGISTER_IOWQ_AFF, NULL, 0);
  struct io_uring_rsrc_update up[2] = {{(unsigned)-1, 0, (unsigned long)r}, {5, 3, 9}};
  reg(r, IORING_REGISTER_RING_FDS, up, 1);
  reg(r, IORING_UNREGISTER_RING_FDS, up, 2);
  reg(r, IORING_REGISTER_RING_FDS, end - 6, 1);
  int fds[2] = {-1, -1};
  reg(r, IORING_REGISTER_FILES, fds, 2);
  struct io_uring_files_update fu = {1, 0, (unsigned long)&e};
  reg(r, IORING_REGISTER_FILES_UPDATE, &fu, 1);
  fu = (struct io_uring_files_update){0, 7, (unsigned long)two};
  reg(r, IORING_REGISTER_FILES_UPDATE, &fu, 2);
  fu.resv = 0, fu.fds = (unsigned long)(end - 4);
  reg(r, IORING_REGISTER_FILES_UPDATE, &fu, 2);
  fu.fds = 0;  // no fds (with a count of 0: the kernel reads none; hybrid mode's page 0 would be readable)
  reg(r, IORING_REGISTER_FILES_UPDATE, &fu, 0);
  reg(r, IORING_REGISTER_FILES_UPDATE, end - 6, 2);
  unsigned long long tags[2] = {5, 6};
  struct io_uring_rsrc_register rr = {2, 0, 0, (unsigned long)fds, (unsigned long)tags};
  reg(r, IORING_REGISTER_FILES2, &rr, sizeof rr);
  reg(r, IORING_REGISTER_FILES2, &rr, sizeof rr - 1);
  struct io_uring_rsrc_update2 u2 = {0, 0, (unsigned long)fds, 0, 2, 0};
  reg(r, IORING_REGISTER_FILES_UPDATE2, &u2, sizeof u2);
  u2 = (struct io_uring_rsrc_update2){3, 4, (unsigned long)iov, (unsigned long)tags, 2, 9};
  reg(r, IORING_REGISTER_BUFFERS_UPDATE, &u2, sizeof u2);
  rr = (struct io_uring_rsrc_register){2, 1, 7, (unsigned long)iov, 8};
  reg(r, IORING_REGISTER_BUFFERS2, &rr, sizeof rr);
  struct io_uring_restriction rs[5];
  memset(rs, 0, sizeof rs);
  rs[0].opcode = IORING_RESTRICTION_SQE_OP, rs[0].sqe_op = IORING_OP_NOP;
  rs[1].opcode = IORING_RESTRICTION_REGISTER_OP, rs[1].register_op = 99;
  rs[2].opcode = IORING_RESTRICTION_SQE_FLAGS_ALLOWED, rs[2].sqe_flags = 0xff;
  rs[3].opcode = IORING_RESTRICTION_SQE_FLAGS_REQUIRED, rs[3].resv = 2, rs[3].resv2[1] = 9;
  rs[4].opcode = 77, rs[4].sqe_op = 200;
  reg(r, IORING_REGISTER_RESTRICTIONS, rs, 5);
  reg(r, IORING_REGISTER_RESTRICTIONS, rs, 0);
  struct io_uring_buf_reg br;
  memset(&br, 0, sizeof br);
  br.ring_addr = 0x1000, br.ring_entries = 8, br.bgid = 3, br.pad = 1, br.resv[1] = 5;
  reg(-1, IORING_REGISTER_PBUF_RING, &br, 1);
  reg(-1, IORING_UNREGISTER_PBUF_RING, end - 8, 0);
  reg(r, IORING_REGISTER_ENABLE_RINGS, NULL, 0);
  reg(r, 99, NULL, 0);
  syscall(SYS_close, r);
  syscall(SYS_close, e);
}

static void btrfs_ops(void) {
  int fd = syscall(SYS_memfd_create, "btrfs", 0);
  struct btrfs_ioctl_vol_args va;
  memset(&va, 0, sizeof va);
  va.fd = 5;
  memset(va.name, 'a', 40);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SUBVOL_CREATE, &va);
  va.fd = 0x100000005LL, va.name[0] = 0;
  syscall(SYS_ioctl, fd, BTRFS_IOC_RESIZE, &va);
  memset(va.name, 'c', sizeof va.name);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SNAP_CREATE, &va);
  struct btrfs_ioctl_vol_args_v2 v2;
  memset(&v2, 0, sizeof v2);
  v2.fd = 5, v2.flags = BTRFS_SUBVOL_RDONLY;
  strcpy(v2.name, "snap");
  syscall(SYS_ioctl, fd, BTRFS_IOC_SNAP_CREATE_V2, &v2);
  v2.flags = BTRFS_SUBVOL_QGROUP_INHERIT | 0x100, v2.size = 40, v2.qgroup_inherit = (void*)0x1000;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SUBVOL_CREATE_V2, &v2);
  v2.flags = 0x30;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SNAP_CREATE_V2, &v2);
  unsigned long long id = 256;
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEFAULT_SUBVOL, &id);
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEFAULT_SUBVOL, NULL);
  struct btrfs_ioctl_search_args sa;
  memset(&sa, 0, sizeof sa);
  sa.key.tree_id = 1, sa.key.max_objectid = -1ULL, sa.key.max_offset = -1ULL, sa.key.max_transid = -1ULL;
  sa.key.min_type = 132, sa.key.max_type = 132, sa.key.nr_items = 10;
  syscall(SYS_ioctl, fd, BTRFS_IOC_TREE_SEARCH, &sa);
  sa.key.tree_id = -4ULL, sa.key.min_objectid = 256, sa.key.max_objectid = -256ULL, sa.key.min_offset = -2ULL;
  sa.key.min_type = 1, sa.key.max_type = 300;
  syscall(SYS_ioctl, fd, BTRFS_IOC_TREE_SEARCH, &sa);
  sa.key.tree_id = 11, sa.key.min_objectid = 5, sa.key.max_objectid = 7;
  syscall(SYS_ioctl, fd, BTRFS_IOC_TREE_SEARCH, &sa);
  struct btrfs_ioctl_ino_lookup_args il;
  memset(&il, 0, sizeof il);
  il.treeid = 5, il.objectid = 256;
  syscall(SYS_ioctl, fd, BTRFS_IOC_INO_LOOKUP, &il);
  il.treeid = -1ULL, il.objectid = -256ULL;
  syscall(SYS_ioctl, fd, BTRFS_IOC_INO_LOOKUP, &il);
  struct btrfs_ioctl_space_args sp = {3, 5};
  syscall(SYS_ioctl, fd, BTRFS_IOC_SPACE_INFO, &sp);
  struct btrfs_ioctl_fs_info_args fi;
  syscall(SYS_ioctl, fd, BTRFS_IOC_FS_INFO, &fi);
  struct btrfs_ioctl_feature_flags ff[2];
  memset(ff, 0, sizeof ff);
  syscall(SYS_ioctl, fd, BTRFS_IOC_GET_FEATURES, ff);
  ff[0].compat_flags = 1, ff[0].compat_ro_flags = 1, ff[0].incompat_flags = 0x103, ff[1].incompat_flags = -1ULL;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SET_FEATURES, ff);
  struct btrfs_ioctl_quota_ctl_args qc = {BTRFS_QUOTA_CTL_ENABLE, 0};
  syscall(SYS_ioctl, fd, BTRFS_IOC_QUOTA_CTL, &qc);
  qc.cmd = 9;
  syscall(SYS_ioctl, fd, BTRFS_IOC_QUOTA_CTL, &qc);
  struct btrfs_ioctl_qgroup_assign_args qa = {1, 256, (1ULL << 48) | 1};
  syscall(SYS_ioctl, fd, BTRFS_IOC_QGROUP_ASSIGN, &qa);
  syscall(SYS_ioctl, fd, BTRFS_IOC_BALANCE_CTL, BTRFS_BALANCE_CTL_PAUSE);
  syscall(SYS_ioctl, fd, BTRFS_IOC_BALANCE_CTL, 7);
  struct btrfs_ioctl_scrub_args sc;
  memset(&sc, 0, sizeof sc);
  sc.devid = 0x1234567, sc.start = -1ULL, sc.end = -1ULL, sc.flags = 3;
  syscall(SYS_ioctl, fd, BTRFS_IOC_SCRUB, &sc);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SCRUB_PROGRESS, &sc);
  struct btrfs_ioctl_dev_info_args di;
  memset(&di, 0, sizeof di);
  di.devid = 1;
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEV_INFO, &di);
  di.uuid[0] = 1, di.uuid[15] = 0xab;
  syscall(SYS_ioctl, fd, BTRFS_IOC_DEV_INFO, &di);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SYNC, 0);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SCRUB_CANCEL, 0);
  syscall(SYS_ioctl, fd, BTRFS_IOC_TRANS_START, 0);
  syscall(SYS_ioctl, fd, BTRFS_IOC_QUOTA_RESCAN_WAIT, 0);
  unsigned long long tr = 77;
  syscall(SYS_ioctl, fd, BTRFS_IOC_START_SYNC, &tr);
  syscall(SYS_ioctl, fd, BTRFS_IOC_WAIT_SYNC, &tr);
  syscall(SYS_ioctl, fd, BTRFS_IOC_SUBVOL_CREATE, NULL);
  /* SCSI generic and HDIO requests by name (SG_IO's own struct is not decoded yet). */
  int v = 0;
  syscall(SYS_ioctl, fd, 0x2201 /* SG_SET_TIMEOUT */, &v);
  syscall(SYS_ioctl, fd, 0x2202 /* SG_GET_TIMEOUT */, 0);
  syscall(SYS_ioctl, fd, 0x2282 /* SG_GET_VERSION_NUM */, &v);
  syscall(SYS_ioctl, fd, 0x2275 /* SG_SET_RESERVED_SIZE */, &v);
  syscall(SYS_ioctl, fd, 0x301 /* HDIO_GETGEO */, &v);
  syscall(SYS_ioctl, fd, 0x309 /* HDIO_GET_32BIT */, &v);
  syscall(SYS_ioctl, fd, 0x2287 /* SG_SET_KEEP_ORPHAN */, &v);
  syscall(SYS_ioctl, fd, 0x325 /* HDIO_SET_NOWERR */, 0x5a000000UL);
  syscall(SYS_close, fd);
}

int main(void) {
  char* page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(page + 4096, 4096);
  io_uring_ops(page + 4096);
  btrfs_ops();
  return 0;
}
