/* Golden program: the second pass over strace's long tail (issue 15).
 * io_submit's array of iocbs, each decoded by its opcode (a write's bytes,
 * the vectored requests' iovecs, poll's events, the completion fields, an
 * unknown opcode, a bad and a NULL pointer in the array, a bad array);
 * process_vm_readv/writev's iovec arrays (ours with their data, the other
 * process's as addresses); System V IPC get flags with no named bit
 * ("0x10000600") and shmget's huge page size; mmap's unknown bits before
 * its huge page size. Run with -f, a child reads address 0x8 and is killed
 * by SIGSEGV: si_code is SEGV_MAPERR, as untraced, though page 0 holds the
 * zpoline trampoline in hybrid mode. Only on a CPU with protection keys,
 * where that page is execute-only: without them it reads back (README.md,
 * "Differences"), and the child exits with the status it would have had. */
#define _GNU_SOURCE
#include <cpuid.h>
#include <fcntl.h>
#include <signal.h>
#include <linux/aio_abi.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

/* Does the CPU have protection keys, enabled by the kernel (CPUID leaf 7:
 * ECX bit 4, OSPKE)? (An instruction, not /proc/cpuinfo: no syscall.) */
static int HasProtectionKeys(void) {
  unsigned a, b, c, d;
  return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (c & (1u << 4)) != 0;
}

int main(int argc, char** argv) {
  const int page_zero_faults = HasProtectionKeys();
  char path[4096];
  strcpy(path, argc > 1 ? argv[1] : "/tmp");
  strcat(path, "/golden-long-tail-more");
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

  aio_context_t ctx = 0;
  syscall(SYS_io_setup, 8, &ctx);
  char buf[16] = "hello";
  struct iovec iov[2] = {{buf, 5}, {buf + 1, 3}};
  struct iocb cb[5];
  struct iocb* cbs[7] = {&cb[0], &cb[1], &cb[2], &cb[3], &cb[4], (struct iocb*)0xbad0000, NULL};
  memset(cb, 0, sizeof cb);
  cb[0].aio_fildes = fd; cb[0].aio_lio_opcode = IOCB_CMD_PWRITE; cb[0].aio_buf = (unsigned long)buf;
  cb[0].aio_nbytes = 5; cb[0].aio_data = 0x1234; cb[0].aio_reqprio = 2; cb[0].aio_rw_flags = 1;
  cb[1].aio_fildes = fd; cb[1].aio_lio_opcode = IOCB_CMD_FSYNC; cb[1].aio_flags = IOCB_FLAG_RESFD; cb[1].aio_resfd = 7;
  cb[2].aio_fildes = fd; cb[2].aio_lio_opcode = IOCB_CMD_PWRITEV; cb[2].aio_buf = (unsigned long)iov;
  cb[2].aio_nbytes = 2; cb[2].aio_offset = 100;
  cb[3].aio_fildes = fd; cb[3].aio_lio_opcode = 99;
  cb[4].aio_fildes = fd; cb[4].aio_lio_opcode = IOCB_CMD_NOOP;
  syscall(SYS_io_submit, ctx, 6, cbs);  /* the unknown opcode stops the submission at the fourth */
  memset(cb, 0, sizeof cb);
  cb[0].aio_fildes = 99; cb[0].aio_lio_opcode = IOCB_CMD_PREAD; cb[0].aio_buf = (unsigned long)buf; cb[0].aio_nbytes = 5;
  cb[0].aio_flags = IOCB_FLAG_RESFD | IOCB_FLAG_IOPRIO | 8; cb[0].aio_resfd = 7; cb[0].aio_key = 3;
  syscall(SYS_io_submit, ctx, 1, cbs);
  cb[0].aio_fildes = 99; cb[0].aio_lio_opcode = IOCB_CMD_PREADV; cb[0].aio_buf = (unsigned long)iov; cb[0].aio_nbytes = 2;
  cb[0].aio_flags = IOCB_FLAG_RESFD; cb[0].aio_key = 0;
  syscall(SYS_io_submit, ctx, 1, cbs);
  cb[0].aio_lio_opcode = IOCB_CMD_POLL; cb[0].aio_buf = 1; cb[0].aio_flags = 0; cb[0].aio_resfd = 5;
  syscall(SYS_io_submit, ctx, 1, cbs);
  cb[0].aio_fildes = fd; cb[0].aio_lio_opcode = IOCB_CMD_PWRITE; cb[0].aio_buf = 0xbad0000;
  syscall(SYS_io_submit, ctx, 1, cbs);
  syscall(SYS_io_submit, ctx, 1, &cbs[5]);
  syscall(SYS_io_submit, ctx, 1, &cbs[6]);
  syscall(SYS_io_submit, ctx, 1, (void*)0xbad0000);
  syscall(SYS_io_submit, ctx, 0, cbs);
  syscall(SYS_io_destroy, ctx);

  char local[8] = {0}, remote[8] = "remote!";
  struct iovec l = {local, 8}, r = {remote, 8};
  syscall(SYS_process_vm_readv, getpid(), &l, 1, &r, 1, 0);
  syscall(SYS_process_vm_writev, -1, &l, 1, &r, 1, 1);
  syscall(SYS_process_vm_readv, getpid(), NULL, 0, (void*)0xbad0000, 1, 0);

  msgget(0x1ba5e, 0xffff0000);
  msgget(0x1ba5e, 0x10000 | 0600);
  msgget(0x1ba5e, 0x10000 | IPC_EXCL);
  semget(0x1ba5e, 1, 0x10000 | 0600);
  shmget(0x1ba5e, 1, 0xfc000000);
  shmget(0x1ba5e, 1, 0x84000000 | IPC_EXCL | 0x10000 | 0600);
  shmget(0x1ba5e, 1, 0x10000 | 0600);
  mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | 0x400000 | (21 << 26), -1, 0x1000);

  sigset_t chld;  /* reaped with SIGCHLD blocked: its signal comes after wait4, at a fixed point */
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t child = fork();
  if (child == 0) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    return page_zero_faults ? *(volatile int*)8 : 102;
  }
  int status;
  waitpid(child, &status, 0);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
  unlink(path);
  return 0;
}
