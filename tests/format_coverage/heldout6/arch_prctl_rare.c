// arch_prctl codes no earlier set tried: the AMX permission codes (ARCH_GET_XCOMP_SUPP/PERM, ARCH_REQ_XCOMP_PERM, guest variants), ARCH_MAP_VDSO_*, ARCH_GET_CPUID/ARCH_SET_CPUID (set to its current value), bad output pointers and unknown codes.
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  unsigned long long feat = 0;
  syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, &feat);
  syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, BAD);
  syscall(SYS_arch_prctl, ARCH_GET_XCOMP_PERM, &feat);
  syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 99);
  syscall(SYS_arch_prctl, ARCH_GET_XCOMP_GUEST_PERM, &feat);
  syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_GUEST_PERM, 99);
  syscall(SYS_arch_prctl, ARCH_MAP_VDSO_64, 0x10000);
  syscall(SYS_arch_prctl, ARCH_MAP_VDSO_X32, 0x10000);
  syscall(SYS_arch_prctl, ARCH_MAP_VDSO_32, 0x10000);
  int c = syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
  syscall(SYS_arch_prctl, ARCH_SET_CPUID, c);
  syscall(SYS_arch_prctl, ARCH_GET_FS, BAD);
  syscall(SYS_arch_prctl, ARCH_GET_GS, BAD);
  syscall(SYS_arch_prctl, 0x1fff, 0);
  syscall(SYS_arch_prctl, 0x4001, 0);
  syscall(SYS_arch_prctl, 0xffffffff, BAD);
  return 0;
}
