// cli/decode/flock.cc — fcntl's struct flock (<asm-generic/fcntl.h>, x86-64:
// short l_type, short l_whence, off_t l_start at 8, off_t l_len at 16, pid_t
// l_pid at 24): "{l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=100}",
// and the owner commands' struct f_owner_ex.
// The lock commands' own decoding (which copy, l_pid or not) is in
// cli/decode/syscalls.cc's fcntl.
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

std::string Lock(std::string_view b) {
  return "{l_type=" + FormatFlags("flock_type", static_cast<uint16_t>(Field<int16_t>(b, 0))) +
         ", l_whence=" + FormatFlags("whence", static_cast<uint16_t>(Field<int16_t>(b, 2))) +
         fmt::format(", l_start={}, l_len={}", Field<int64_t>(b, 8), Field<int64_t>(b, 16));
}

// What F_SETLK and the other setters pass.
std::optional<std::string> Flock(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return Lock(b) + "}";
}

// What F_GETLK answers: the lock found, and who holds it.
std::optional<std::string> FlockWithPid(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return Lock(b) + fmt::format(", l_pid={}}}", Field<int32_t>(b, 24));
}

// F_SETOWN_EX/F_GETOWN_EX's struct f_owner_ex: "{type=F_OWNER_PID, pid=42}".
std::optional<std::string> Owner(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "{type=" + FormatFlags("f_owner", Field<uint32_t>(b, 0)) + fmt::format(", pid={}}}", Field<int32_t>(b, 4));
}

}  // namespace

const StructDecoder kLockDecoders[] = {{"flock", Flock}, {"flock_pid", FlockWithPid}, {"f_owner_ex", Owner}, {nullptr, nullptr}};

}  // namespace lzp::cli
