// cli/decode/classic_bpf.cc — see classic_bpf.h. An instruction (<linux/
// filter.h> struct sock_filter {u16 code; u8 jt, jf; u32 k}) prints as
// BPF_JUMP(code, k, jt, jf) when either jump offset is set, else as
// BPF_STMT(code, k). The code is its class and then, by class, its fields
// from the tables (syscalltable/flags/bpf_*.tbl): loads their size and
// mode, ALU and jumps their source and operation, returns their value, MISC
// its operation, stores nothing; any bits left over follow as
// "|0x... /* BPF_??? */". k is hex, but for a socket filter's absolute load
// of ancillary data or from the network or link-layer header
// ("SKF_AD_OFF+SKF_AD_PROTOCOL", "SKF_NET_OFF+7") and a seccomp filter's
// return value (its action, then "|data").
#include "cli/decode/classic_bpf.h"

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/fprog_transfers.h"

namespace lzp::cli {
namespace {

enum : uint16_t { kLd = 0, kLdx = 1, kSt = 2, kStx = 3, kAlu = 4, kJmp = 5, kRet = 6, kMisc = 7, kAbs = 0x20 };

std::string Unknown(uint32_t bits) { return Hex(bits) + " /* BPF_??? */"; }

std::string Code(uint16_t code) {
  uint16_t cls = code & 7;
  std::string out = FormatFlags("bpf_class", cls);
  uint32_t rest = code & ~0xffu;
  switch (cls) {
    case kLd: case kLdx:
      out += "|" + FormatFlags("bpf_size", code & 0x18) + "|" + FormatFlags("bpf_mode", code & 0xe0);
      break;
    case kSt: case kStx: rest = code & ~7u; break;
    case kAlu: case kJmp:
      out += "|" + FormatFlags("bpf_src", code & 0x08) + "|" + FormatFlags(cls == kAlu ? "bpf_alu_op" : "bpf_jmp_op", code & 0xf0);
      break;
    case kRet: out += "|" + FormatFlags("bpf_rval", code & 0x18); rest = code & ~0x1fu; break;
    default: out += "|" + FormatFlags("bpf_miscop", code & 0xf8); break;
  }
  return rest ? out + "|" + Unknown(rest) : out;
}

std::string SocketK(uint16_t code, uint32_t k) {
  constexpr uint32_t kAdOff = 0xfffff000, kNetOff = 0xfff00000, kLlOff = 0xffe00000;
  if ((code & 7) != kLd || (code & 0xe0) != kAbs || k < kLlOff) return Hex(k);
  if (k >= kAdOff) {
    const char* name = EnumName("skf_ad", k - kAdOff);
    return "SKF_AD_OFF+" + (name ? std::string(name) : Hex(k - kAdOff) + " /* SKF_AD_??? */");
  }
  return k >= kNetOff ? fmt::format("SKF_NET_OFF+{}", k - kNetOff) : fmt::format("SKF_LL_OFF+{}", k - kLlOff);
}

std::string SeccompK(uint16_t code, uint32_t k) {
  if ((code & 7) != kRet) return Hex(k);
  uint32_t action = k & 0xffff0000u, data = k & 0xffff;
  std::string out = FormatFlags("seccomp_ret", action);
  return data ? out + "|" + Hex(data) : out;
}

std::string Instruction(std::string_view b, FilterKind kind) {
  uint16_t code = Field<uint16_t>(b, 0);
  uint8_t jt = Field<uint8_t>(b, 2), jf = Field<uint8_t>(b, 3);
  uint32_t k = Field<uint32_t>(b, 4);
  std::string value = kind == FilterKind::kSocket ? SocketK(code, k) : SeccompK(code, k);
  if (jt || jf) return fmt::format("BPF_JUMP({}, {}, {}, {})", Code(code), value, Hex(jt), Hex(jf));
  return fmt::format("BPF_STMT({}, {})", Code(code), value);
}

}  // namespace

std::string FormatFilterAnswer(const CallContext& c, uint64_t ptr, uint32_t count) {
  const Capture* code = c.captures.Find(proto::kFprogInstructionsArg, proto::kAtExit);
  if (!c.options.verbose || !c.options.structs || count == 0 || code == nullptr || code->faulted() ||
      code->data.size() < uint64_t{count} * proto::kSockFilterSize)
    return Pointer(ptr);
  std::string out = "[";
  for (uint32_t i = 0; i < count; ++i)
    out += (i ? ", " : "") + Instruction(code->data.substr(i * proto::kSockFilterSize, proto::kSockFilterSize), FilterKind::kSocket);
  return out + "]";
}

std::string FormatFprog(const CallContext& c, uint64_t ptr, FilterKind kind) {
  const Capture* fprog = c.captures.Find(proto::kFprogArg, proto::kAtEntry);
  if (!c.options.structs || fprog == nullptr || fprog->faulted() || fprog->data.size() < proto::kFprogSize)
    return Pointer(ptr);
  uint16_t count = Field<uint16_t>(fprog->data, 0);
  uint64_t filter = Field<uint64_t>(fprog->data, 8);
  std::string out = fmt::format("{{len={}, filter=", count);
  const Capture* code = c.captures.Find(proto::kFprogInstructionsArg, proto::kAtEntry);
  if (!c.options.verbose || filter == 0) return out + Pointer(filter) + "}";
  if (count == 0) return out + "[]}";
  if (code == nullptr || code->faulted()) return out + Pointer(filter) + "}";
  out += "[";
  size_t shown = std::min<size_t>(count, code->data.size() / proto::kSockFilterSize);
  for (size_t i = 0; i < shown; ++i)
    out += (i ? ", " : "") + Instruction(code->data.substr(i * proto::kSockFilterSize, proto::kSockFilterSize), kind);
  if (shown == count) return out + "]}";
  // Cut short: by a fault (strace names the address it could not read) or by the copy's limit.
  if (count > proto::kFprogMaxInstructions && shown == proto::kFprogMaxInstructions) return out + ", ...]}";
  return out + fmt::format(", ... /* {:#x} */]}}", filter + shown * proto::kSockFilterSize);
}

}  // namespace lzp::cli
