// cli/decode/ioctl_kvm.cc — the KVM structs (<linux/kvm.h>) strace 6.1
// decodes as the caller passed them:
//   KVM_SET_USER_MEMORY_REGION  {slot=0, flags=KVM_MEM_READONLY, guest_phys_addr=0x100000,
//                                memory_size=2097152, userspace_addr=0x7f0000000000}
//   KVM_SET_REGS                struct kvm_regs (18 u64: rax rbx rcx rdx rsi rdi rsp rbp r8-r15 rip
//                                rflags), abbreviated as strace does unless -v:
//                                {rax=0, ..., rsp=0, rbp=0, ..., rip=0x1000, rflags=0x2}
//   KVM_SET_CPUID2              {nent=1, entries=[...]} (the entries are not read)
// KVM_CHECK_EXTENSION's capability is a value named by flags/kvm_cap.tbl (ioctl.cc).
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr const char* kKvmRegs[] = {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp", "r8",
                                    "r9",  "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags"};

std::string KvmRegs(std::string_view b, bool verbose) {
  auto reg = [&](size_t i) { return fmt::format("{}={}", kKvmRegs[i], Hex(Field<uint64_t>(b, 8 * i))); };
  if (!verbose)  // rax, rsp and rbp, rip and rflags
    return "{" + reg(0) + ", ..., " + reg(6) + ", " + reg(7) + ", ..., " + reg(16) + ", " + reg(17) + "}";
  std::string out = "{";
  for (size_t i = 0; i < std::size(kKvmRegs); ++i) out += (i ? ", " : "") + reg(i);
  return out + "}";
}

}  // namespace

std::string FormatKvmStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  switch (p.t.shape) {
    case proto::IoctlShape::kKvmMemoryRegion:  // u32 slot, flags; u64 guest_phys_addr, memory_size, userspace_addr
      return fmt::format("{{slot={}, flags={}, guest_phys_addr={}, memory_size={}, userspace_addr={}}}",
                         Field<uint32_t>(b, 0), FormatFlags("kvm_mem_flags", Field<uint32_t>(b, 4)),
                         Hex(Field<uint64_t>(b, 8)), Field<uint64_t>(b, 16), Hex(Field<uint64_t>(b, 24)));
    case proto::IoctlShape::kKvmRegs: return KvmRegs(b, p.c.options.verbose);
    default: return fmt::format("{{nent={}, entries=[...]}}", Field<uint32_t>(b, 0));  // kKvmCpuid2
  }
}

}  // namespace lzp::cli
