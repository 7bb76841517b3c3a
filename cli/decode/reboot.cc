// cli/decode/reboot.cc — reboot(magic, magic2, cmd, arg) and swapon(path,
// flags) as strace prints them: reboot's arg (a command string) only for
// LINUX_REBOOT_CMD_RESTART2 (the string, or its address when unreadable);
// swapon's flags split as strace 6.1 splits them: the bits above the low 15
// by name, then the low 15 (the priority) in decimal, even when 0 —
// "SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5", "SWAP_FLAG_DISCARD|0"; with no bit
// above them, just the number ("3").
#include <fmt/format.h>

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

}  // namespace

const ArgumentsDecoder kRebootArguments = Reboot;
const ArgumentsDecoder kSwaponArguments = Swapon;

}  // namespace lzp::cli
