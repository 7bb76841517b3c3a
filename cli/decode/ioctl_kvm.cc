// cli/decode/ioctl_kvm.cc — the KVM structs (<linux/kvm.h>) strace 6.1
// decodes as the caller passed them:
//   KVM_SET_USER_MEMORY_REGION  {slot=0, flags=KVM_MEM_READONLY, guest_phys_addr=0x100000,
//                                memory_size=2097152, userspace_addr=0x7f0000000000}
//   KVM_SET_REGS                struct kvm_regs (18 u64: rax rbx rcx rdx rsi rdi rsp rbp r8-r15 rip
//                                rflags), abbreviated as strace does unless -v:
//                                {rax=0, ..., rsp=0, rbp=0, ..., rip=0x1000, rflags=0x2}
//   KVM_GET_REGS                the same, as the kernel wrote it
//   KVM_GET_SREGS, KVM_SET_SREGS struct kvm_sregs: its segments (24 bytes each: u64 base, u32
//                                limit, u16 selector, u8 type, present, dpl, db, s, l, g, avl),
//                                descriptor tables (u64 base, u16 limit), control registers,
//                                efer, apic_base and the interrupt bitmap; abbreviated after
//                                cs unless -v: {cs={base=0, limit=65535, selector=0, type=11,
//                                present=1, dpl=0, db=0, s=1, l=0, g=0, avl=0}, ...}
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

std::string KvmSegment(std::string_view b, size_t at) {
  return fmt::format("{{base={}, limit={}, selector={}, type={}, present={}, dpl={}, db={}, s={}, l={}, g={}, avl={}}}",
                     Hex(Field<uint64_t>(b, at)), Field<uint32_t>(b, at + 8), Field<uint16_t>(b, at + 12),
                     Field<uint8_t>(b, at + 14), Field<uint8_t>(b, at + 15), Field<uint8_t>(b, at + 16),
                     Field<uint8_t>(b, at + 17), Field<uint8_t>(b, at + 18), Field<uint8_t>(b, at + 19),
                     Field<uint8_t>(b, at + 20), Field<uint8_t>(b, at + 21));
}

std::string KvmSregs(std::string_view b, bool verbose) {
  constexpr const char* kSegments[] = {"cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt"};
  constexpr size_t kSegmentSize = 24, kTables = 8 * kSegmentSize, kRegisters = kTables + 2 * 16;
  if (!verbose) return "{cs=" + KvmSegment(b, 0) + ", ...}";
  std::string out = "{";
  for (size_t i = 0; i < std::size(kSegments); ++i)
    out += fmt::format("{}{}={}", i ? ", " : "", kSegments[i], KvmSegment(b, i * kSegmentSize));
  for (size_t i = 0; i < 2; ++i)
    out += fmt::format(", {}={{base={}, limit={}}}", i ? "idt" : "gdt", Hex(Field<uint64_t>(b, kTables + 16 * i)),
                       Field<uint16_t>(b, kTables + 16 * i + 8));
  constexpr const char* kControl[] = {"cr0", "cr2", "cr3", "cr4", "cr8", "efer"};
  for (size_t i = 0; i < std::size(kControl); ++i)
    out += fmt::format(", {}={}", kControl[i], Field<uint64_t>(b, kRegisters + 8 * i));
  out += fmt::format(", apic_base={}, interrupt_bitmap=[", Hex(Field<uint64_t>(b, kRegisters + 48)));
  for (size_t i = 0; i < 4; ++i) out += fmt::format("{}{}", i ? ", " : "", Hex(Field<uint64_t>(b, kRegisters + 56 + 8 * i)));
  return out + "]}";
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
    case proto::IoctlShape::kKvmSregs: return KvmSregs(b, p.c.options.verbose);
    default: return fmt::format("{{nent={}, entries=[...]}}", Field<uint32_t>(b, 0));  // kKvmCpuid2
  }
}

}  // namespace lzp::cli
