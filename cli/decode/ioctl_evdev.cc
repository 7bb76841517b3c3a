// cli/decode/ioctl_evdev.cc — evdev requests ('E', <linux/input.h>) that
// are families rather than numbers: the read requests whose size field is
// the caller's buffer length (EVIOCGNAME(len) ... EVIOCGSW(len),
// EVIOCGBIT(type, len) at 0x20 + type), and the axis requests whose number
// is 0x40 + axis (EVIOCGABS, read) or 0xc0 + axis (EVIOCSABS, write). The
// fixed evdev requests are in flags/ioctl.tbl.
#include "cli/decode/ioctl_evdev.h"

#include <fmt/format.h>

#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kType = 'E', kRead = 2, kWrite = 1;

// The read requests with a length: their number, their name.
struct LengthRequest { uint32_t nr; const char* name; };
constexpr LengthRequest kLengthRequests[] = {
    {0x06, "EVIOCGNAME"}, {0x07, "EVIOCGPHYS"}, {0x08, "EVIOCGUNIQ"}, {0x09, "EVIOCGPROP"},
    {0x0a, "EVIOCGMTSLOTS"}, {0x18, "EVIOCGKEY"}, {0x19, "EVIOCGLED"}, {0x1a, "EVIOCGSND"}, {0x1b, "EVIOCGSW"},
};

// A table's name for a value, or the number when it has none.
std::string Named(std::string_view table, uint32_t value) {
  std::string name = FlagNames(table, value);  // inside the request's name: by name under any -X
  return name.find("/*") == std::string::npos ? name : Hex(value);
}

}  // namespace

std::optional<std::string> EvdevRequestName(uint32_t request) {
  uint32_t dir = request >> 30, size = (request >> 16) & 0x3fff, type = (request >> 8) & 0xff, nr = request & 0xff;
  constexpr uint32_t kAbsinfo = 24;  // struct input_absinfo
  if (type != kType) return std::nullopt;
  if (dir == kRead) {
    for (const LengthRequest& r : kLengthRequests)
      if (r.nr == nr) return fmt::format("{}({})", r.name, size);
    if (nr >= 0x20 && nr < 0x40) {
      uint32_t ev = nr - 0x20;
      return fmt::format("EVIOCGBIT({}, {})", ev == 0 ? "0" : Named("ev_type", ev), size);
    }
    if (nr >= 0x40 && nr < 0x80 && size == kAbsinfo) return fmt::format("EVIOCGABS({})", Named("abs_axis", nr - 0x40));
  }
  if (dir == kWrite && nr >= 0xc0 && size == kAbsinfo) return fmt::format("EVIOCSABS({})", Named("abs_axis", nr - 0xc0));
  return std::nullopt;
}

}  // namespace lzp::cli
