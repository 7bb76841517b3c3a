// cli/decode/reboot.cc — reboot(magic, magic2, cmd, arg) and swapon(path,
// flags) as strace prints them: reboot's arg (a command string) only for
// LINUX_REBOOT_CMD_RESTART2 (the string, or its address when unreadable);
// swapon's flags split as strace 6.1 splits them: the bits above the low 15
// by name, then the low 15 (the priority) in decimal, even when 0 —
// "SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5", "SWAP_FLAG_DISCARD|0"; with no bit
// above them, just the number ("3"). kexec_load's segments (struct
// kexec_segment, <linux/kexec.h>): "[{buf=NULL, bufsz=0, mem=NULL, memsz=0}]",
// and an address for more than KEXEC_SEGMENT_MAX of them (the kernel reads none).
#include <fmt/format.h>

#include "cli/decode/structs.h"

#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kRestart2 = 0xA1B2C3D4;                      // <linux/reboot.h>
constexpr uint32_t kSwapPrioMask = 0x7fff;  // <linux/swap.h>

std::vector<std::string> Reboot(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1), FormatArgument(c, 2)};
  if (static_cast<uint32_t>(c.rec.args[2]) == kRestart2) out.push_back(FormatArgument(c, 3));
  return out;
}

std::vector<std::string> Swapon(const CallContext& c) {
  uint32_t flags = static_cast<uint32_t>(c.rec.args[1]);
  uint32_t high = flags & ~kSwapPrioMask, prio = flags & kSwapPrioMask;
  std::string text = high ? FormatFlags("swapon", high) + fmt::format("|{}", prio) : fmt::format("{}", prio);
  return {FormatArgument(c, 0), text};
}

std::optional<std::string> KexecSegments(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 32, o, [](std::string_view e) {
    return fmt::format("{{buf={}, bufsz={}, mem={}, memsz={}}}", Pointer(Field<uint64_t>(e, 0)), Field<uint64_t>(e, 8),
                       Pointer(Field<uint64_t>(e, 16)), Field<uint64_t>(e, 24));
  });
}

std::vector<std::string> KexecLoad(const CallContext& c) {
  constexpr uint64_t kSegmentMax = 16;  // <linux/kexec.h> KEXEC_SEGMENT_MAX
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (c.rec.args[1] > kSegmentMax && c.rec.args[2] != 0) out[2] = Pointer(c.rec.args[2]);
  return out;
}

}  // namespace

const ArgumentsDecoder kKexecLoadArguments = KexecLoad;
const StructDecoder kKexecDecoders[] = {{"kexec_segments", KexecSegments}, {nullptr, nullptr}};
const ArgumentsDecoder kRebootArguments = Reboot;
const ArgumentsDecoder kSwaponArguments = Swapon;

}  // namespace lzp::cli
