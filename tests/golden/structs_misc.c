/* Golden program: structs strace prints by field — timex (adjtimex,
 * clock_adjtime), struct flock and f_owner_ex (fcntl), io_uring_setup's params,
 * perf_event_attr, bpf's attributes, io_pgetevents' signal set — with good,
 * bad and extreme values. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/bpf.h>
#include <linux/io_uring.h>
#include <linux/perf_event.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char** argv) {
  struct timex tx;
  memset(&tx, 0, sizeof(tx));
  adjtimex(&tx);
  memset(&tx, 0, sizeof(tx));
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
  tx.modes = ADJ_OFFSET_SS_READ;  /* reads, changes nothing */
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
  tx.modes = 0x8000;
  syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, NULL);
  syscall(SYS_adjtimex, (void*)8);

  int fd = open("/proc/self/exe", O_RDONLY);
  struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 100};
  fcntl(fd, F_SETLK, &fl);
  fl.l_type = F_WRLCK;
  fcntl(fd, F_GETLK, &fl);
  fl.l_type = F_UNLCK;
  fl.l_whence = SEEK_END;
  fl.l_start = -5;
  fcntl(fd, F_SETLKW, &fl);
  fl.l_type = 77;
  fl.l_whence = 99;
  fcntl(fd, F_OFD_SETLK, &fl);
  fl.l_type = F_RDLCK;
  fl.l_whence = SEEK_CUR;
  fl.l_pid = 0;
  fcntl(fd, F_OFD_GETLK, &fl);
  fcntl(fd, F_SETLK, NULL);
  fcntl(fd, F_GETLK, (void*)16);
  struct f_owner_ex owner = {F_OWNER_PID, 0};
  fcntl(fd, F_SETOWN_EX, &owner);
  fcntl(fd, F_GETOWN_EX, &owner);
  owner.type = 99;
  fcntl(fd, F_SETOWN_EX, &owner);
  fcntl(fd, F_SETOWN_EX, NULL);
  fcntl(fd, F_GETOWN_EX, (void*)8);

  struct io_uring_params p;
  memset(&p, 0, sizeof(p));
  syscall(SYS_io_uring_setup, 0, &p);
  p.flags = IORING_SETUP_CQSIZE | 0x80000000u;
  p.cq_entries = 9;
  syscall(SYS_io_uring_setup, 4, &p);
  syscall(SYS_io_uring_setup, 4, NULL);

  struct perf_event_attr pe;
  memset(&pe, 0, sizeof(pe));
  pe.type = PERF_TYPE_SOFTWARE;
  pe.size = sizeof(pe);
  pe.config = PERF_COUNT_SW_DUMMY;
  pe.disabled = 1;
  pe.exclude_kernel = 1;
  syscall(SYS_perf_event_open, &pe, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
  pe.type = 77;
  syscall(SYS_perf_event_open, &pe, -1, -1, -1, 0);
  syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0);

  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.map_type = BPF_MAP_TYPE_ARRAY;
  attr.key_size = 4;
  attr.value_size = 8;
  attr.max_entries = 2;
  syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof(attr));
  attr.map_type = 999;
  syscall(SYS_bpf, BPF_MAP_CREATE, &attr, 48);
  struct bpf_insn insns[2] = {{.code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0}, {.code = BPF_JMP | BPF_EXIT}};
  memset(&attr, 0, sizeof(attr));
  attr.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
  attr.insn_cnt = 2;
  attr.insns = (unsigned long)insns;
  attr.license = (unsigned long)"GPL";
  syscall(SYS_bpf, BPF_PROG_LOAD, &attr, sizeof(attr));
  syscall(SYS_bpf, BPF_PROG_LOAD, NULL, 0);

  aio_context_t ctx = 0;
  syscall(SYS_io_setup, 1, &ctx);
  struct io_event ev;
  struct timespec ts = {0, 0};
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  struct { const sigset_t* sigmask; size_t sigsetsize; } usig = {&set, 8};
  syscall(SYS_io_pgetevents, ctx, 0, 1, &ev, &ts, &usig);
  usig.sigmask = NULL;
  syscall(SYS_io_pgetevents, ctx, 0, 1, &ev, &ts, &usig);
  syscall(SYS_io_pgetevents, ctx, 0, 1, &ev, &ts, NULL);
  syscall(SYS_io_destroy, ctx);
  close(fd);
  return 0;
}
