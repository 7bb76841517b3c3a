// cli/decode/ioctl_loop.cc — the loop device's status structs (<linux/loop.h>)
// as strace 6.1 prints them. Unless -v, a struct loop_info64 shows
//   {lo_offset=0x1000, lo_number=0, lo_flags=LO_FLAGS_..., lo_file_name="...", ...}
// with lo_encrypt_type and lo_encrypt_key_size after lo_number when there is
// an encryption type (whatever the key size), and lo_crypt_name and lo_encrypt_key (as many bytes as the key
// size says, at most 32) after the name when there is an encryption type;
// under -v every field, lo_device and lo_rdevice as makedev(), lo_init in hex.
// The old struct loop_info (LOOP_SET_STATUS/GET_STATUS) is the same with
// lo_number first, a 32-bit lo_offset, lo_name and no lo_crypt_name, and a
// reserved[4] at the end. LOOP_CONFIGURE's loop_config is {fd, block_size,
// info={...}}, with __reserved only when a word of it is set. The names are C
// strings in fixed arrays: not cut at -s.
#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"

namespace lzp::cli {
namespace {

constexpr size_t kNameSize = 64, kKeySize = 32;

// Where the fields are: loop_info64's and loop_info's layouts differ.
struct LoopLayout {
  bool wide;  // loop_info64
  size_t device, inode, rdevice, offset, number, encrypt_type, key_size, flags, name, key, init;
};
constexpr LoopLayout kInfo64 = {true, 0, 8, 16, 24, 40, 44, 48, 52, 56, 184, 216};
constexpr LoopLayout kInfo = {false, 8, 16, 24, 32, 0, 36, 40, 44, 48, 112, 144};
constexpr size_t kInfo64SizeLimit = 32, kInfo64CryptName = 120, kInfoReserved = 160;

std::string HexList(std::string_view b, size_t count, size_t width) {
  std::string out = "[";
  for (size_t i = 0; i < count; ++i) {
    uint64_t v = width == 8 ? Field<uint64_t>(b, i * 8) : Field<uint8_t>(b, i);
    out += (i ? ", " : "") + Hex(v);
  }
  return out + "]";
}

std::string LoopInfo(std::string_view b, const LoopLayout& l, const FormatOptions& o) {
  bool all = o.verbose;
  uint32_t type = Field<uint32_t>(b, l.encrypt_type), key_size = Field<uint32_t>(b, l.key_size);
  auto name = [&](size_t at) { return FormatCharArray(b.substr(at, kNameSize), o); };
  std::string number = l.wide ? fmt::format("lo_number={}", Field<uint32_t>(b, l.number))
                              : fmt::format("lo_number={}", Field<int32_t>(b, l.number));
  std::string devices = fmt::format("lo_device={}, lo_inode={}, lo_rdevice={}, ",
                                    FormatMakedev(Field<uint64_t>(b, l.device)),
                                    Field<uint64_t>(b, l.inode), FormatMakedev(Field<uint64_t>(b, l.rdevice)));
  std::string out = "{";
  if (l.wide) {
    if (all) out += devices;
    out += "lo_offset=" + Hex(Field<uint64_t>(b, l.offset)) + ", ";
    if (all) out += fmt::format("lo_sizelimit={}, ", Field<uint64_t>(b, kInfo64SizeLimit));
    out += number;
  } else {
    out += number + ", ";
    if (all) out += devices;
    out += "lo_offset=" + Hex(Field<uint32_t>(b, l.offset));
  }
  if (all || type != 0) out += ", lo_encrypt_type=" + FormatFlags("loop_crypt", type);
  if (all || type != 0) out += fmt::format(", lo_encrypt_key_size={}", key_size);
  out += ", lo_flags=" + FormatFlags("loop_flags", Field<uint32_t>(b, l.flags));
  out += fmt::format(", {}={}", l.wide ? "lo_file_name" : "lo_name", name(l.name));
  if (all || type != 0) {
    if (l.wide) out += ", lo_crypt_name=" + name(kInfo64CryptName);
    out += ", lo_encrypt_key=" + Quote(b.substr(l.key, std::min<uint32_t>(key_size, kKeySize)), StyleOf(o), false);
  }
  if (!all) return out + ", ...}";
  out += ", lo_init=" + HexList(b.substr(l.init), 2, 8);
  if (!l.wide) out += ", reserved=" + HexList(b.substr(kInfoReserved), 4, 1);
  return out + "}";
}

std::string LoopConfig(const IoctlPhase& p) {
  constexpr size_t kInfoAt = 8, kReservedAt = 240, kReservedWords = 8;
  std::string_view b = p.header.data;
  std::string fd = WithFdPath(p.c, proto::kFdListArg0, fmt::format("{}", Field<int32_t>(b, 0)));  // -y: its path
  std::string out = fmt::format("{{fd={}, block_size={}, info={}", fd, Field<uint32_t>(b, 4),
                                LoopInfo(b.substr(kInfoAt), kInfo64, p.c.options));
  std::string_view reserved = b.substr(kReservedAt, kReservedWords * 8);
  if (reserved.find_first_not_of('\0') != std::string_view::npos) out += ", __reserved=" + HexList(reserved, kReservedWords, 8);
  return out + "}";
}

}  // namespace

std::string FormatLoopStruct(const IoctlPhase& p) {
  switch (p.t.shape) {
    case proto::IoctlShape::kLoopInfo: return LoopInfo(p.header.data, kInfo, p.c.options);
    case proto::IoctlShape::kLoopInfo64: return LoopInfo(p.header.data, kInfo64, p.c.options);
    default: return LoopConfig(p);
  }
}

}  // namespace lzp::cli
