// Seccomp filter programs as the kernel reads them, plainly and under -v: two stacked allow-everything filters using loads, ALU, jumps of every kind, scratch memory, TAX/TXA and several return actions (only for syscall numbers no program uses); flags LOG and SPEC_ALLOW, the prctl form, an empty and an invalid program, a bad pointer.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct sock_filter a[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_STMT(BPF_ST, 0),
    BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0x3fffffff),
    BPF_STMT(BPF_MISC | BPF_TAX, 0),
    BPF_STMT(BPF_LDX | BPF_MEM, 0),
    BPF_STMT(BPF_MISC | BPF_TXA, 0),
    BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 1000, 0, 4),
    BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 2000, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38),
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x40000000, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 7),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
    BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog pa = {sizeof a / sizeof a[0], a};
  syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, &pa);
  struct sock_filter b[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1999, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1998, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_LOG),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog pb = {sizeof b / sizeof b[0], b};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_SPEC_ALLOW, &pb);
  syscall(SYS_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &pb, 0, 0);
  struct sock_fprog empty = {0, b};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &empty);
  struct sock_filter bad[] = {BPF_STMT(0xffff, 0), BPF_JUMP(BPF_JMP | BPF_JA, 9, 0, 0)};
  struct sock_fprog pbad = {2, bad};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &pbad);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, (void *)0xbad0000);
  syscall(SYS_prctl, PR_GET_SECCOMP, 0, 0, 0, 0);
  return 0;
}
