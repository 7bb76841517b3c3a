// tests/golden/long_tail_fourth.c — the families heldout4 (tests/format_coverage/heldout4/)
// found printed differently, one call or a few of each, as fixed: fcntl's
// F_NOTIFY, F_SETLEASE, F_CANCELLK and unsigned arguments; personality's
// type; syslog's console level; reboot's RESTART2 string; clone()'s flags;
// capability bits no capability has; sigevent signals and kinds; mq_notify;
// statx's unknown mask; newfstatat's flags; a mode of no file type;
// sendfile's offsets; openat2's bytes past its struct; restart_syscall;
// socket option levels and names, packet_mreq, sock_fprog, ICMP_FILTER; AF_PACKET and
// AF_VSOCK addresses, netlink addresses' padding, groups and short lengths,
// more family names; ioctl requests
// by name, by value, without argument, their cells, evdev's families,
// NS_GET_NSTYPE's answer, ifreq's addresses and struct termio. argv[1]: a directory to
// write in. Every call is harmless when run as root: the privileged ones fail.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/fs.h>
#include <linux/fsverity.h>
#include <linux/if_packet.h>
#include <linux/input.h>
#include <linux/loop.h>
#include <linux/netlink.h>
#include <linux/nsfs.h>
#include <linux/vm_sockets.h>
#include <linux/openat2.h>
#include <linux/perf_event.h>
#include <linux/random.h>
#include <linux/reboot.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/udp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void Fcntl(int dir, int file) {
  syscall(SYS_fcntl, dir, F_NOTIFY, DN_ACCESS | DN_MULTISHOT);
  syscall(SYS_fcntl, file, F_NOTIFY, 0x40000000);
  syscall(SYS_fcntl, file, F_SETLEASE, 77);
  syscall(SYS_fcntl, file, 1029, 0);  // F_CANCELLK
  syscall(SYS_fcntl, file, F_DUPFD, -1);
  syscall(SYS_fcntl, file, -1, 0);
}

static void Admin(void) {
  long old = syscall(SYS_personality, 0xffffffff);
  syscall(SYS_personality, 0x42 | STICKY_TIMEOUTS);
  syscall(SYS_personality, old);
  syscall(SYS_syslog, 8, NULL, 100);
  syscall(SYS_reboot, 0xdeadbeef, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, "arg");
  syscall(SYS_clone, 0xffffffffffffffffUL, NULL, NULL, NULL, 0);
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 1};
  struct __user_cap_data_struct d[2] = {{1, 1, 1}, {0x80000000, 0x80000000, 0x80000000}};
  syscall(SYS_capset, &h, d);
  h.version = 0xdead;
  syscall(SYS_capset, &h, d);
  syscall(SYS_restart_syscall);
}

static void Events(void) {
  struct sigevent e;
  int id;
  memset(&e, 0, sizeof e);
  e.sigev_notify = SIGEV_THREAD;
  e.sigev_signo = SIGUSR2;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = 77;
  syscall(SYS_timer_create, CLOCK_MONOTONIC, &e, &id);
  e.sigev_notify = SIGEV_NONE;
  syscall(SYS_mq_notify, -1, &e);
}

static void Files(int dir, int file, const char* base) {
  struct stat st;
  syscall(SYS_statx, AT_FDCWD, "/", 0, 0x80000000u, (void*)0xbad0000);
  syscall(SYS_newfstatat, AT_FDCWD, "/", (void*)0xbad0000, AT_NO_AUTOMOUNT | 0x4000);
  syscall(SYS_mknodat, dir, "bad", 0170000 | 0777, 0);
  int p[2];
  pipe(p);
  loff_t off = -5;
  syscall(SYS_sendfile, p[1], file, &off, 4);
  off = 0;
  syscall(SYS_sendfile, p[1], file, &off, 0);
  struct { struct open_how h; uint64_t extra[2]; } how;
  memset(&how, 0, sizeof how);
  how.extra[1] = 5;
  syscall(SYS_openat2, AT_FDCWD, ".", &how, sizeof how);
  (void)st;
  (void)base;
}

static void Sockets(void) {
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  int v = 1;
  setsockopt(u, SOL_UDP, UDP_CORK, &v, sizeof v);
  setsockopt(u, SOL_UDP, 1000, &v, sizeof v);
  setsockopt(u, 282, 1, &v, sizeof v);  // SOL_TLS, TLS_TX
  struct sock_filter code[1] = {{0x06, 0, 0, 0xffff}};
  struct sock_fprog prog = {1, code};
  setsockopt(u, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog);
  struct packet_mreq mr;
  memset(&mr, 0, sizeof mr);
  mr.mr_ifindex = 1;
  mr.mr_type = PACKET_MR_PROMISC;
  setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof mr);
  setsockopt(-1, SOL_ALG, 1, "0123456789abcdef", 16);
  uint32_t icmp[8] = {0x5};
  setsockopt(-1, SOL_RAW, 1, icmp, 32);  // ICMP_FILTER: a set of types
  icmp[0] = 0xfffffffe;
  setsockopt(-1, SOL_RAW, 1, icmp, 4);   // more than half: the complement
  setsockopt(-1, SOL_RAW, 1, icmp, 2);   // short: read over all bits set
  int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  setsockopt(n, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &v, sizeof v);
  unsigned groups[2];
  socklen_t l = sizeof groups;
  getsockopt(n, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, groups, &l);
  struct sockaddr_ll ll;
  memset(&ll, 0, sizeof ll);
  ll.sll_family = AF_PACKET;
  ll.sll_protocol = htons(0x0806);  // ETH_P_ARP
  ll.sll_ifindex = 1;
  ll.sll_hatype = 1;
  ll.sll_pkttype = PACKET_BROADCAST;
  ll.sll_halen = 6;
  memcpy(ll.sll_addr, "\1\2\3\4\5\6", 6);
  bind(-1, (struct sockaddr*)&ll, sizeof ll);
  struct sockaddr_vm vm;
  memset(&vm, 0, sizeof vm);
  vm.svm_family = AF_VSOCK;
  vm.svm_cid = VMADDR_CID_HOST;
  vm.svm_port = 1234;
  vm.svm_flags = VMADDR_FLAG_TO_HOST;
  connect(-1, (struct sockaddr*)&vm, sizeof vm);
  vm.svm_reserved1 = 7;
  vm.svm_cid = 0x12345;
  vm.svm_port = VMADDR_PORT_ANY;
  connect(-1, (struct sockaddr*)&vm, sizeof vm);
  socket(AF_DECnet, SOCK_STREAM, 0);
  socket(AF_MCTP, SOCK_DGRAM, 0);
  struct sockaddr_nl nl = {AF_NETLINK, 5, 0, 0xffffffff};
  connect(-1, (struct sockaddr*)&nl, sizeof nl);
  bind(-1, (struct sockaddr*)&nl, 4);
  struct sockaddr unspec = {AF_UNSPEC};
  connect(-1, &unspec, 2);
  struct ifreq r;
  memset(&r, 0, sizeof r);
  strcpy(r.ifr_name, "lo");
  ioctl(u, SIOCGIFADDR, &r);
  ioctl(u, SIOCGIFMETRIC, &r);
  strcpy(r.ifr_name, "nosuchif0");
  ioctl(u, SIOCGIFNETMASK, &r);
}

static void Ioctls(int file) {
  uint64_t range[2] = {0, 4096};
  int one = 1;
  ioctl(file, LOOP_SET_FD, 3);
  ioctl(file, LOOP_CLR_FD);
  ioctl(file, BLKRASET, 512);
  ioctl(file, BLKROSET, &one);
  ioctl(file, BLKDISCARD, range);
  ioctl(file, RNDADDTOENTCNT, &one);
  ioctl(file, RNDCLEARPOOL);
  ioctl(file, FS_IOC_MEASURE_VERITY, (void*)0xbad0000);
  ioctl(file, PERF_EVENT_IOC_DISABLE, PERF_IOC_FLAG_GROUP);
  ioctl(file, PERF_EVENT_IOC_SET_OUTPUT, -1);
  ioctl(file, EVIOCGNAME(64), (void*)0xbad0000);
  ioctl(file, EVIOCGBIT(0, 32), (void*)0xbad0000);
  ioctl(file, EVIOCGBIT(EV_KEY, 8), (void*)0xbad0000);
  ioctl(file, EVIOCGABS(ABS_X), (void*)0xbad0000);
  struct input_absinfo ai = {1, 2, 3, 4, 5, 6};
  ioctl(file, EVIOCSABS(ABS_Y), &ai);
  ioctl(file, EVIOCGRAB, 1);
  int ns = open("/proc/self/ns/uts", O_RDONLY);
  ioctl(ns, NS_GET_NSTYPE);
  int m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  int bits = TIOCM_DTR | TIOCM_RTS;
  ioctl(m, TIOCMSET, &bits);
  ioctl(m, TIOCSTI, "x");
  ioctl(m, TCSBRK, 1);
  struct termio old;
  ioctl(m, TCGETA, &old);
  ioctl(m, TCSETA, &old);
}

int main(int argc, char** argv) {
  char path[4096];
  snprintf(path, sizeof path, "%s/lt4", argc > 1 ? argv[1] : "/tmp");
  mkdir(path, 0700);
  int dir = open(path, O_RDONLY | O_DIRECTORY);
  int file = openat(dir, "f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(file, "0123456789", 10);
  Fcntl(dir, file);
  Admin();
  Events();
  Files(dir, file, path);
  Sockets();
  Ioctls(file);
  unlinkat(dir, "f", 0);
  rmdir(path);
  return 0;
}
