/* Golden program: constants strace names — keyrings, keyctl commands, bpf
 * commands, socket options, fallocate modes, ptrace requests and the other
 * enum and flag arguments (quotactl's command words) — with good, bad and
 * extreme values. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/keyctl.h>
#include <linux/bpf.h>
#include <linux/falloc.h>
#include <linux/membarrier.h>
#include <linux/kcmp.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/quota.h>
#include <sys/shm.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(void) {
  syscall(SYS_add_key, "user", "golden", "payload", 7, KEY_SPEC_THREAD_KEYRING);
  syscall(SYS_add_key, "user", "golden", NULL, 0, -42);
  syscall(SYS_request_key, "user", "golden-none", NULL, KEY_SPEC_PROCESS_KEYRING);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0);
  syscall(SYS_keyctl, KEYCTL_REVOKE, -12345);
  syscall(SYS_keyctl, 9999, 1, 2, 3, 4);
  syscall(SYS_keyctl, KEYCTL_SETPERM, KEY_SPEC_THREAD_KEYRING, 0x3f010000);
  syscall(SYS_keyctl, KEYCTL_SETPERM, 12345, 0);
  /* The thread keyring: the process's own, so each run starts from the same one
     (a chown of the user session keyring, which outlives the run, changes the next run's answer). */
  syscall(SYS_keyctl, KEYCTL_CHOWN, KEY_SPEC_THREAD_KEYRING, 1000, -1);
  syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, -100, 30);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, 99);
  syscall(SYS_keyctl, KEYCTL_LINK, -3, -7);
  syscall(SYS_keyctl, KEYCTL_CLEAR, 12);
  syscall(SYS_keyctl, KEYCTL_SESSION_TO_PARENT);
  syscall(SYS_keyctl, KEYCTL_NEGATE, 5, 10, -3);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, 5, 0, 0);
  /* Strings and buffers in and out of keyctl. */
  char keybuf[256];
  long key = syscall(SYS_add_key, "user", "golden-k2", "secret-payload", 14, KEY_SPEC_PROCESS_KEYRING);
  syscall(SYS_keyctl, KEYCTL_UPDATE, key, "new-payload-that-is-quite-long-indeed", 37);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, keybuf, sizeof(keybuf));
  syscall(SYS_keyctl, KEYCTL_READ, key, keybuf, sizeof(keybuf));
  syscall(SYS_keyctl, KEYCTL_READ, key, keybuf, 3);
  syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, "user", "golden-k2", 0);
  syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, "user", "golden-none", KEY_SPEC_THREAD_KEYRING);
  syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, "golden-session");
  syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, NULL);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, NULL, 0);
  syscall(SYS_keyctl, KEYCTL_INSTANTIATE, key, "x", 1, 0);
  syscall(SYS_keyctl, KEYCTL_UNLINK, key, KEY_SPEC_PROCESS_KEYRING);
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  syscall(SYS_bpf, 12345, &attr, sizeof(attr));
  syscall(SYS_bpf, BPF_PROG_GET_NEXT_ID, NULL, 0);
  int fd = open("/proc/self/cmdline", O_RDONLY);
  int tmp = open("/tmp", O_TMPFILE | O_RDWR, 0600);
  fallocate(tmp, FALLOC_FL_KEEP_SIZE, 0, 4096);
  fallocate(tmp, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 100);
  fallocate(tmp, 0x80, 0, 1);
  fallocate(-1, FALLOC_FL_ZERO_RANGE | 0x100, -1, 0);
  posix_fadvise(tmp, 0, 0, POSIX_FADV_SEQUENTIAL);
  syscall(SYS_fadvise64, tmp, 0, 0, 77);
  ptrace(PTRACE_PEEKDATA, 0x7fffffff, 0x1000, 0);
  ptrace(PTRACE_CONT, 0x7fffffff, 0, SIGUSR1);
  ptrace(PTRACE_DETACH, 0x7fffffff, 0, 0);
  ptrace(PTRACE_SETOPTIONS, 0x7fffffff, 0, 0x7777777);
  ptrace(PTRACE_ATTACH, 0x7fffffff, 0, 0);
  ptrace(PTRACE_POKEDATA, 0x7fffffff, 0x1000, 0x1234);
  ptrace(PTRACE_GETEVENTMSG, 0x7fffffff, 0, 0);
  ptrace(PTRACE_SEIZE, 0x7fffffff, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
  ptrace((enum __ptrace_request)0x7777, 0x7fffffff, 0, 0);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct group_req gr;
  memset(&gr, 0, sizeof(gr));
  setsockopt(s, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
  struct sockaddr_in* group = (struct sockaddr_in*)&gr.gr_group;
  group->sin_family = AF_INET;
  group->sin_addr.s_addr = htonl(0xe00000fb);
  gr.gr_interface = 1;
  setsockopt(s, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
  int one = 1;
  setsockopt(s, SOL_IP, IP_MULTICAST_TTL, &one, sizeof(one));
  setsockopt(s, SOL_IP, 200, &one, sizeof(one));
  close(s);
  syscall(SYS_kcmp, getpid(), getpid(), KCMP_FILE, fd, fd);
  syscall(SYS_kcmp, getpid(), getpid(), 99, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  syscall(SYS_membarrier, 0x4000, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_FLAG_CPU, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 2, 5);
  char page[4096] __attribute__((aligned(4096)));
  mlock2(page, 1, MLOCK_ONFAULT);
  munlock(page, 1);
  mlock2(page, 1, 0x10);
  mlockall(MCL_CURRENT | MCL_ONFAULT | 0x100);
  munlockall();
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, NULL);
  syscall(SYS_seccomp, 77, 0, NULL);
  int p[2];
  pipe(p);
  splice(fd, NULL, p[1], NULL, 10, SPLICE_F_MOVE | SPLICE_F_NONBLOCK | 0x20);
  tee(p[0], p[1], 1, SPLICE_F_GIFT);
  sync_file_range(tmp, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE);
  sync_file_range(tmp, 0, 0, 0x40);
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  struct itimerspec its;
  memset(&its, 0, sizeof(its));
  timerfd_settime(tfd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its, NULL);
  timerfd_settime(tfd, 0x10, &its, NULL);
  umount2("/nonexistent-golden", MNT_DETACH | UMOUNT_NOFOLLOW);
  umount2("/nonexistent-golden", 0x100);
  mount("none", "/nonexistent-golden", "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV, "size=1m");
  mount(NULL, "/nonexistent-golden", NULL, MS_REMOUNT | MS_BIND | 0x40000000, NULL);
  setxattr("/nonexistent-golden", "user.x", "v", 1, XATTR_CREATE);
  setxattr("/nonexistent-golden", "user.x", "v", 1, XATTR_REPLACE | 4);
  int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  inotify_add_watch(in, "/tmp", IN_CREATE | IN_DELETE | IN_ONLYDIR);
  inotify_add_watch(in, "/tmp", 0);
  int sfd = signalfd(-1, &(sigset_t){0}, SFD_CLOEXEC | SFD_NONBLOCK);
  int shm = shmget(IPC_PRIVATE, 4096, IPC_CREAT | IPC_EXCL | 0600);
  void* at = shmat(shm, NULL, SHM_RDONLY);
  shmdt(at);
  shmctl(shm, IPC_RMID, NULL);
  shmctl(-1, 0x77, NULL);
  shmget(0x1234, 10, 0);
  shmget(0x7fffffff, 10, 0644);
  shm = shmget(IPC_PRIVATE, 4096, SHM_NORESERVE | IPC_CREAT | 0x80000 | 0700);
  shmctl(shm, IPC_RMID, NULL);
  struct dqblk dq;
  quotactl(QCMD(Q_GETQUOTA, USRQUOTA), "/dev/nonexistent-golden", 1000, (caddr_t)&dq);
  quotactl(QCMD(Q_SYNC, GRPQUOTA), NULL, 0, NULL);
  quotactl(QCMD(0x800099, 7), "/dev/nonexistent-golden", 5, (caddr_t)0x1234);
  quotactl(QCMD(Q_GETFMT, PRJQUOTA), "/dev/nonexistent-golden", 0, (caddr_t)&dq);
  quotactl(QCMD(Q_QUOTAOFF, USRQUOTA), "/dev/nonexistent-golden", 0, NULL);
  syscall(SYS_quotactl_fd, -1, QCMD(Q_GETQUOTA, USRQUOTA), 1000, &dq);
  close(sfd);
  close(in);
  close(tfd);
  close(tmp);
  close(fd);
  return 0;
}
