/* tests/programs/kvm_guest.c — a KVM virtual machine with one vcpu running a
 * four-instruction real-mode guest: it writes 'A' to the serial port (an I/O
 * exit) and halts (a HLT exit). Under `-e kvm=vcpu`, strace shows why each
 * KVM_RUN returned: "ioctl(5, KVM_RUN, 0) = 0 (KVM_EXIT_IO)".
 *
 * Between making the VM and giving it memory, the program passes NULL to a
 * call whose pointer the kernel follows. In hybrid mode without protection
 * keys that closed page 0 (an mprotect of the trampoline's page) around the
 * call, and on Linux 6.18, once the process has a VM, a protection change of
 * a paged-in page 0 leaves KVM waiting on an MMU-notifier invalidation that
 * never ends: KVM_SET_USER_MEMORY_REGION slept in D state for good
 * (tracer/page_zero.cc). Prints "io A, hlt" when the guest ran; exits 2
 * without /dev/kvm. */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
  int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
  if (kvm < 0) return 2;
  int vm = ioctl(kvm, KVM_CREATE_VM, 0);
  if (vm < 0) return 2;
  if (write(-1, NULL, 5) != -1 || errno != EBADF) return 1;  /* (EBADF: the fd is checked first) */
  static const uint8_t guest[] = {
      0xba, 0xf8, 0x03,  /* mov $0x3f8, %dx */
      0xb0, 'A',         /* mov $'A', %al */
      0xee,              /* out %al, (%dx) */
      0xf4,              /* hlt */
  };
  uint8_t* memory = mmap(NULL, 0x1000, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED) return 1;
  memcpy(memory, guest, sizeof(guest));
  struct kvm_userspace_memory_region region = {
      .slot = 0, .guest_phys_addr = 0x1000, .memory_size = 0x1000, .userspace_addr = (uint64_t)(uintptr_t)memory};
  if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) != 0) return 1;
  int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
  int run_size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
  if (vcpu < 0 || run_size <= 0) return 1;
  struct kvm_run* run = mmap(NULL, (size_t)run_size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
  if (run == MAP_FAILED) return 1;
  struct kvm_sregs sregs;
  if (ioctl(vcpu, KVM_GET_SREGS, &sregs) != 0) return 1;
  sregs.cs.base = 0;
  sregs.cs.selector = 0;
  if (ioctl(vcpu, KVM_SET_SREGS, &sregs) != 0) return 1;
  struct kvm_regs regs = {.rip = 0x1000, .rflags = 0x2};
  if (ioctl(vcpu, KVM_SET_REGS, &regs) != 0) return 1;
  char out = '?';
  for (int i = 0; i < 4; ++i) {
    if (ioctl(vcpu, KVM_RUN, 0) != 0) return 1;
    if (run->exit_reason == KVM_EXIT_IO && run->io.direction == KVM_EXIT_IO_OUT)
      out = *((char*)run + run->io.data_offset);
    if (run->exit_reason == KVM_EXIT_HLT) {
      printf("io %c, hlt\n", out);
      return 0;
    }
  }
  return 1;
}
