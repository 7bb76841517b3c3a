// cli/decode/stat.cc — struct stat (<asm/stat.h>) and struct statx
// (<linux/stat.h>): strace's abbreviated form, "{st_mode=S_IFREG|0644,
// st_size=41931, ...}", devices with st_rdev=makedev(MAJOR, MINOR).
#include <ctime>

#include <fmt/format.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "cli/decode/structs.h"
#include "cli/print/const_style.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {

namespace {

// strace names the set-id and sticky bits: "S_IFDIR|S_ISVTX|0777".
std::string AbbreviatedMode(const char* type, uint32_t mode) {
  std::string out = type;
  if (mode & S_ISUID) out += "|S_ISUID";
  if (mode & S_ISGID) out += "|S_ISGID";
  if (mode & S_ISVTX) out += "|S_ISVTX";
  return out + fmt::format("|{:#03o}", mode & 0777);
}

}  // namespace

std::string FormatMode(uint32_t mode) {
  const char* type = nullptr;
  switch (mode & S_IFMT) {
    case S_IFREG: type = "S_IFREG"; break;
    case S_IFDIR: type = "S_IFDIR"; break;
    case S_IFCHR: type = "S_IFCHR"; break;
    case S_IFBLK: type = "S_IFBLK"; break;
    case S_IFIFO: type = "S_IFIFO"; break;
    case S_IFLNK: type = "S_IFLNK"; break;
    case S_IFSOCK: type = "S_IFSOCK"; break;
  }
  // No file type, or one that does not exist: the 16 bits in octal ("0170777").
  if (type == nullptr) {  // -X verbose repeats the number when there is no type at all: "0644 /* 0644 */"
    std::string octal = fmt::format("{:#03o}", mode & 0177777);
    return (mode & S_IFMT) == 0 ? StyledConstant(octal, octal) : octal;
  }
  if (!ConstantsAbbreviated()) return StyledConstant(fmt::format("{:#03o}", mode), AbbreviatedMode(type, mode));
  return AbbreviatedMode(type, mode);
}

std::string FormatSymbolicMode(uint32_t mode) {
  if ((mode & S_IFMT) != 0 || (mode & (S_ISUID | S_ISGID | S_ISVTX)) == 0) return FormatMode(mode);
  std::string named = AbbreviatedMode("", mode).substr(1);  // (no type: without the leading '|')
  return ConstantsAbbreviated() ? named : StyledConstant(fmt::format("{:#03o}", mode), named);
}

// -X raw: the number the kernel gave; verbose: both.
std::string FormatMakedev(uint64_t dev) {
  return StyledConstant(Hex(dev), "makedev(" + Hex(major(dev)) + ", " + Hex(minor(dev)) + ")");
}

namespace {

std::string Makedev(uint64_t dev) { return FormatMakedev(dev); }

// "1795398389 /* 2026-11-23T01:46:29.409076693+0000 */", as strace -v prints
// times; a time of zero (sockets, anonymous inodes) has no date.
std::string TimeWithDate(int64_t seconds, int64_t nanos) {
  if (seconds == 0 && nanos == 0) return "0";
  return fmt::format("{}{}", seconds, DateComment(seconds, nanos, 9));
}

std::optional<std::string> Stat(std::string_view b, const FormatOptions& o) {
  if (b.size() < 144) return std::nullopt;
  uint32_t mode = Field<uint32_t>(b, 24);
  bool device = S_ISCHR(mode) || S_ISBLK(mode);
  std::string out = "{";
  if (o.verbose) {
    out += fmt::format("st_dev={}, st_ino={}, st_mode={}, st_nlink={}, st_uid={}, st_gid={}, st_blksize={}, st_blocks={}, ",
                       Makedev(Field<uint64_t>(b, 0)), Field<uint64_t>(b, 8), FormatMode(mode), Field<uint64_t>(b, 16),
                       Field<uint32_t>(b, 28), Field<uint32_t>(b, 32), Field<int64_t>(b, 56), Field<int64_t>(b, 64));
    out += device ? fmt::format("st_rdev={}", Makedev(Field<uint64_t>(b, 40))) : fmt::format("st_size={}", Field<int64_t>(b, 48));
    static const char* kTimes[] = {"st_atime", "st_mtime", "st_ctime"};
    for (int i = 0; i < 3; ++i) {
      int64_t sec = Field<int64_t>(b, 72 + 16 * i), nsec = Field<int64_t>(b, 80 + 16 * i);
      out += fmt::format(", {}={}, {}_nsec={}", kTimes[i], TimeWithDate(sec, nsec), kTimes[i], nsec);
    }
    return out + "}";
  }
  out += fmt::format("st_mode={}, ", FormatMode(mode));
  out += device ? fmt::format("st_rdev={}", Makedev(Field<uint64_t>(b, 40))) : fmt::format("st_size={}", Field<int64_t>(b, 48));
  return out + ", ...}";
}

// <linux/stat.h> struct statx; its timestamps are {i64 sec, u32 nsec, pad}.
std::string StatxVerbose(std::string_view b) {
  uint32_t mask = Field<uint32_t>(b, 0);
  std::string out = fmt::format(
      "{{stx_mask={}, stx_blksize={}, stx_attributes={}, stx_nlink={}, stx_uid={}, stx_gid={}, stx_mode={}, "
      "stx_ino={}, stx_size={}, stx_blocks={}, stx_attributes_mask={}",
      FormatFlags("statx_mask", mask), Field<uint32_t>(b, 4), FormatFlags("statx_attr", Field<uint64_t>(b, 8)),
      Field<uint32_t>(b, 16), Field<uint32_t>(b, 20), Field<uint32_t>(b, 24), FormatMode(Field<uint16_t>(b, 28)),
      Field<uint64_t>(b, 32), Field<uint64_t>(b, 40), Field<uint64_t>(b, 48),
      FormatFlags("statx_attr", Field<uint64_t>(b, 56)));
  // A time is shown only when the kernel filled it: its bit in stx_mask.
  static const char* const kTimes[] = {"stx_atime", "stx_btime", "stx_ctime", "stx_mtime"};
  static const uint32_t kTimeBits[] = {STATX_ATIME, STATX_BTIME, STATX_CTIME, STATX_MTIME};
  for (int i = 0; i < 4; ++i) {
    if (!(mask & kTimeBits[i])) continue;
    out += fmt::format(", {}={}", kTimes[i],
                       FormatTimespecWithDate(Field<int64_t>(b, 64 + 16 * i), Field<uint32_t>(b, 72 + 16 * i)));
  }
  out += fmt::format(", stx_rdev_major={}, stx_rdev_minor={}, stx_dev_major={}, stx_dev_minor={}",
                     Field<uint32_t>(b, 128), Field<uint32_t>(b, 132), Field<uint32_t>(b, 136), Field<uint32_t>(b, 140));
  if (mask & 0x1000) out += ", stx_mnt_id=" + Hex(Field<uint64_t>(b, 144));  // STATX_MNT_ID
  if (mask & 0x2000)                                                        // STATX_DIOALIGN
    out += fmt::format(", stx_dio_mem_align={}, stx_dio_offset_align={}", Field<uint32_t>(b, 152), Field<uint32_t>(b, 156));
  return out + "}";
}

std::optional<std::string> Statx(std::string_view b, const FormatOptions& o) {
  if (b.size() < 256) return std::nullopt;
  if (o.verbose) return StatxVerbose(b);
  // Abbreviated, a device shows its stx_size too (unlike struct stat's st_rdev).
  uint32_t mask = Field<uint32_t>(b, 0);
  return fmt::format("{{stx_mask={}, stx_attributes={}, stx_mode={}, stx_size={}, ...}}", FormatFlags("statx_mask", mask),
                     FormatFlags("statx_attr", Field<uint64_t>(b, 8)), FormatMode(Field<uint16_t>(b, 28)),
                     Field<uint64_t>(b, 40));
}

}  // namespace

const StructDecoder kStatDecoders[] = {{"stat", Stat}, {"statx", Statx}, {nullptr, nullptr}};

}  // namespace lzp::cli
