// tests/golden/ioctl_structs.c — ioctl arguments that are strings or structs
// with parts beyond their fixed bytes (tracer/ioctl_transfers.h's tails):
// the loop device's status structs and loop_config, BLKPG's argument and the
// partition it points to, fiemap with its extents, fsxattr, FS labels,
// clone and dedupe ranges (dedupe's infos counted by dest_count), fstrim,
// rand_pool_info's counted buffer, perf's filter string, seccomp's response
// and added fd, fds inside the structs (-y),
// an ifreq's hardware address and ifmap. Bad pointers, NULLs, and structs
// whose tail runs into an unmapped page (the readable elements, then the
// address where memory ended). argv[1]: a directory to write in. Every call
// is harmless as root: requests go to a regular file, a pipe or a
// non-existent interface, which refuse them; the getters read only.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/blkpg.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <linux/perf_event.h>
#include <linux/random.h>
#include <linux/seccomp.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

static void loop_requests(int f, char* edge_page) {
  struct loop_info64 li;
  memset(&li, 0, sizeof li);
  li.lo_device = 0x801;
  li.lo_inode = 77;
  li.lo_offset = 4096;
  li.lo_sizelimit = 1 << 20;
  li.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR | 0x100;
  strcpy((char*)li.lo_file_name, "backing\n\"file");
  ioctl(f, LOOP_SET_STATUS64, &li);
  li.lo_encrypt_type = LO_CRYPT_XOR;
  li.lo_encrypt_key_size = 5;
  memcpy(li.lo_crypt_name, "xor", 3);
  memcpy(li.lo_encrypt_key, "se\0ret-key", 10);
  li.lo_init[1] = ~0ULL;
  ioctl(f, LOOP_SET_STATUS64, &li);
  li.lo_encrypt_type = 99;
  li.lo_encrypt_key_size = 40;
  memset(li.lo_file_name, 'A', sizeof li.lo_file_name);  // no NUL: 63 bytes and "..."
  ioctl(f, LOOP_SET_STATUS64, &li);
  ioctl(f, LOOP_GET_STATUS64, &li);
  ioctl(f, LOOP_SET_STATUS64, NULL);
  ioctl(f, LOOP_SET_STATUS64, edge_page - 16);  // runs into the unmapped page
  struct loop_info old;
  memset(&old, 0, sizeof old);
  old.lo_number = -2;
  old.lo_offset = -1;
  old.lo_encrypt_type = LO_CRYPT_CRYPTOAPI;
  old.lo_encrypt_key_size = 3;
  strcpy(old.lo_name, "old");
  old.reserved[1] = (char)0xff;
  ioctl(f, LOOP_SET_STATUS, &old);
  ioctl(f, LOOP_GET_STATUS, &old);
  struct loop_config lc;
  memset(&lc, 0, sizeof lc);
  lc.fd = f;  // -y: its path
  lc.block_size = 4096;
  ioctl(f, LOOP_CONFIGURE, &lc);
  lc.__reserved[7] = 2;
  lc.fd = -1;
  ioctl(f, LOOP_CONFIGURE, &lc);
  ioctl(f, LOOP_SET_FD, f);  // fds by value: -y adds their paths
  ioctl(f, PERF_EVENT_IOC_SET_OUTPUT, f);
}

static void blkpg_requests(int f, char* edge_page) {
  struct blkpg_partition p = {1 << 20, 1 << 21, 1, "d", "v"};
  struct blkpg_ioctl_arg a = {BLKPG_ADD_PARTITION, 0, sizeof p, &p};
  ioctl(f, BLKPG, &a);
  a.op = 77;
  a.flags = -5;
  memset(p.devname, 'x', sizeof p.devname);
  ioctl(f, BLKPG, &a);
  a.data = NULL;
  ioctl(f, BLKPG, &a);
  a.data = (void*)8;  // a tiny pointer: not followed (its address)
  ioctl(f, BLKPG, &a);
  a.data = edge_page - 100;  // the partition runs into the unmapped page
  ioctl(f, BLKPG, &a);
  ioctl(f, BLKPG, edge_page - 16);  // so does the argument itself
}

static void fs_requests(int f, int empty, int pipe_end, char* edge_page) {
  struct fiemap* fm = calloc(1, sizeof *fm + 2 * sizeof(struct fiemap_extent));
  fm->fm_length = ~0ULL;
  fm->fm_flags = FIEMAP_FLAG_XATTR | 0x10;
  ioctl(f, FS_IOC_FIEMAP, fm);  // EBADR
  fm->fm_flags = 0;
  fm->fm_extents[0].fe_flags = FIEMAP_EXTENT_LAST | 0x8000;
  ioctl(f, FS_IOC_FIEMAP, fm);  // a count of 0: the extents shown are the caller's
  ioctl(empty, FS_IOC_FIEMAP, fm);
  ioctl(f, FS_IOC_FIEMAP, (void*)0xbad0000);
  struct fsxattr x;
  memset(&x, 0, sizeof x);
  ioctl(f, FS_IOC_FSGETXATTR, &x);
  x.fsx_xflags = FS_XFLAG_NODUMP | 0x40000000;
  x.fsx_projid = 9;
  ioctl(pipe_end, FS_IOC_FSSETXATTR, &x);
  char label[FSLABEL_MAX];
  ioctl(pipe_end, FS_IOC_GETFSLABEL, label);
  ioctl(pipe_end, FS_IOC_SETFSLABEL, "a label longer than the thirty-two bytes of -s");
  char* long_label = malloc(300);
  memset(long_label, 'z', 299);
  long_label[299] = 0;
  ioctl(pipe_end, FS_IOC_SETFSLABEL, long_label);
  struct file_clone_range cr = {-1, 0, 4, ~0ULL};
  ioctl(f, FICLONERANGE, &cr);
  cr.src_fd = f;
  ioctl(f, FICLONERANGE, &cr);
  struct file_dedupe_range* dr = calloc(1, sizeof *dr + 3 * sizeof(struct file_dedupe_range_info));
  dr->src_length = 4;
  dr->dest_count = 3;
  for (int i = 0; i < 3; i++) {
    dr->info[i].dest_fd = i == 1 ? f : 100 + i;
    dr->info[i].dest_offset = i;
  }
  ioctl(f, FIDEDUPERANGE, dr);
  dr->dest_count = 0;
  ioctl(f, FIDEDUPERANGE, dr);
  struct file_dedupe_range* edge = (void*)(edge_page - sizeof *dr - sizeof(struct file_dedupe_range_info));
  memcpy(edge, dr, sizeof *dr + sizeof(struct file_dedupe_range_info));
  edge->dest_count = 2;
  ioctl(f, FIDEDUPERANGE, edge);  // one info readable, then the unmapped page
  edge = (void*)(edge_page - sizeof *dr);
  memcpy(edge, dr, sizeof *dr);
  edge->dest_count = 2;
  ioctl(f, FIDEDUPERANGE, edge);  // none readable
  struct fstrim_range tr = {5, ~0ULL, 7};
  ioctl(pipe_end, FITRIM, &tr);
}

static void misc_requests(int f, char* edge_page) {
  struct { int entropy_count, buf_size; unsigned char buf[48]; } pool = {64, 8, {1, 0, 0, 0, 2}};
  ioctl(f, RNDADDENTROPY, &pool);
  pool.buf_size = 40;
  memcpy(pool.buf, "entropy that is longer than thirty-two bytes", 40);
  ioctl(f, RNDADDENTROPY, &pool);
  pool.buf_size = 0;
  ioctl(f, RNDADDENTROPY, &pool);
  int* edge = (int*)(edge_page - 12);
  edge[0] = 1;
  edge[1] = 8;  // 4 of its 8 bytes readable: the buffer's address
  ioctl(f, RNDADDENTROPY, edge);
  ioctl(f, PERF_EVENT_IOC_SET_FILTER, "filter");
  ioctl(f, PERF_EVENT_IOC_SET_FILTER, "a filter string longer than the thirty-two byte limit");
  memcpy(edge_page - 3, "abc", 3);
  ioctl(f, PERF_EVENT_IOC_SET_FILTER, edge_page - 3);
  uint64_t resp[3] = {5, (uint64_t)-1, 0x100000001ULL};
  ioctl(f, SECCOMP_IOCTL_NOTIF_SEND, resp);
  resp[2] = 0xfffffffe00000000ULL | (uint32_t)-38;
  ioctl(f, SECCOMP_IOCTL_NOTIF_SEND, resp);
  struct seccomp_notif_addfd addfd = {7, SECCOMP_ADDFD_FLAG_SEND, 3, 9, O_CLOEXEC | O_NONBLOCK};
  ioctl(f, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd);
  addfd.flags = 0xfffffffc;
  addfd.newfd_flags = 1;
  ioctl(f, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd);
}

// The loopback interface's answers, then a name no interface has (ENODEV).
static void ifreq_requests(void) {
  struct ifreq r = {.ifr_name = "lo"};
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  for (int i = 0; i < 2; i++) {
    ioctl(s, SIOCGIFHWADDR, &r);
    ioctl(s, SIOCGIFMAP, &r);
    snprintf(r.ifr_name, sizeof r.ifr_name, "nosuchif%d", i);
  }
  r.ifr_map.mem_start = 0x1000;
  r.ifr_map.irq = 5;
  ioctl(s, SIOCSIFMAP, &r);
  r.ifr_hwaddr.sa_family = 1;
  memcpy(r.ifr_hwaddr.sa_data, "\x02\x00\x00\xaa\xbb\xcc\xdd\xee", 8);
  ioctl(s, SIOCSIFHWADDR, &r);
  r.ifr_hwaddr.sa_family = 0xfff0;  // no known length: all 14 bytes
  ioctl(s, SIOCSIFHWADDR, &r);
  ioctl(s, SIOCADDMULTI, &r);
  // the other setters, each refused for an interface that does not exist
  r.ifr_mtu = 1280;
  ioctl(s, SIOCSIFMTU, &r);
  ioctl(s, SIOCSIFTXQLEN, &r);
  ioctl(s, SIOCSIFMETRIC, &r);
  snprintf(r.ifr_newname, sizeof r.ifr_newname, "newname0");
  ioctl(s, SIOCSIFNAME, &r);
  ioctl(s, SIOCSIFSLAVE, &r);
  int encap = 3;
  ioctl(s, SIOCSIFENCAP, &encap);
  ioctl(s, SIOCADDRT, NULL);  // named but not decoded: an address
  close(s);
}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  char path[4096], empty_path[4096];
  snprintf(path, sizeof path, "%s/ioctl_structs", argv[1]);
  snprintf(empty_path, sizeof empty_path, "%s/ioctl_structs_empty", argv[1]);
  int f = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  int empty = open(empty_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  if (f < 0 || empty < 0 || write(f, "0123456789", 10) != 10) return 1;
  int p[2];
  if (pipe(p) != 0) return 1;
  char* pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (pages == MAP_FAILED) return 1;
  munmap(pages + 4096, 4096);
  char* edge_page = pages + 4096;  // the first unmapped byte
  loop_requests(f, edge_page);
  blkpg_requests(f, edge_page);
  fs_requests(f, empty, p[0], edge_page);
  misc_requests(f, edge_page);
  ifreq_requests();
  close(f);
  close(empty);
  unlink(path);
  unlink(empty_path);
  return 0;
}
