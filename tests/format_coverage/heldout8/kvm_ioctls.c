// KVM ioctls on /dev/null, where each fails with ENOTTY: system ioctls (GET_API_VERSION, CREATE_VM with a type, CHECK_EXTENSION, GET_VCPU_MMAP_SIZE), VM ioctls (SET_USER_MEMORY_REGION, CREATE_VCPU, CREATE_IRQCHIP, IRQ_LINE, SET_TSS_ADDR), vCPU ioctls (RUN, GET_REGS, SET_REGS, GET_SREGS, SET_CPUID2, SET_MP_STATE).
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/kvm.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  syscall(SYS_ioctl, fd, KVM_GET_API_VERSION, 0);
  syscall(SYS_ioctl, fd, KVM_CREATE_VM, 0);
  syscall(SYS_ioctl, fd, KVM_CHECK_EXTENSION, KVM_CAP_IRQCHIP);
  syscall(SYS_ioctl, fd, KVM_GET_VCPU_MMAP_SIZE, 0);
  struct kvm_userspace_memory_region r = {0, KVM_MEM_READONLY, 0x100000, 0x200000, 0x7f0000000000ULL};
  syscall(SYS_ioctl, fd, KVM_SET_USER_MEMORY_REGION, &r);
  syscall(SYS_ioctl, fd, KVM_CREATE_VCPU, 0);
  syscall(SYS_ioctl, fd, KVM_CREATE_IRQCHIP, 0);
  struct kvm_irq_level il = {{4}, 1};
  syscall(SYS_ioctl, fd, KVM_IRQ_LINE, &il);
  syscall(SYS_ioctl, fd, KVM_SET_TSS_ADDR, 0xfffbd000);
  syscall(SYS_ioctl, fd, KVM_RUN, 0);
  struct kvm_regs regs;
  memset(&regs, 0, sizeof regs);
  regs.rip = 0x1000;
  regs.rflags = 2;
  syscall(SYS_ioctl, fd, KVM_GET_REGS, &regs);
  syscall(SYS_ioctl, fd, KVM_SET_REGS, &regs);
  struct kvm_sregs sr;
  memset(&sr, 0, sizeof sr);
  syscall(SYS_ioctl, fd, KVM_GET_SREGS, &sr);
  struct { struct kvm_cpuid2 c; struct kvm_cpuid_entry2 e[1]; } cp;
  memset(&cp, 0, sizeof cp);
  cp.c.nent = 1;
  cp.e[0].function = 1;
  cp.e[0].eax = 0x306a9;
  syscall(SYS_ioctl, fd, KVM_SET_CPUID2, &cp);
  struct kvm_mp_state mp = {KVM_MP_STATE_RUNNABLE};
  syscall(SYS_ioctl, fd, KVM_SET_MP_STATE, &mp);
  syscall(SYS_close, fd);
  return 0;
}
