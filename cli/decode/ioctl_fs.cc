// cli/decode/ioctl_fs.cc — the file ioctls of <linux/fs.h> and
// <linux/fiemap.h> with structs, as strace 6.1 prints them:
//   FS_IOC_FIEMAP  {fm_start=0, fm_length=N, fm_flags=FIEMAP_FLAG_SYNC, fm_extent_count=4}
//                  => {fm_flags=..., fm_mapped_extents=1, ...}: the extents
//                  (as many as fm_mapped_extents says, whatever the count
//                  given) only under -v: fm_extents=[{fe_logical=0, ...}]
//   FS_IOC_FS[GS]ETXATTR  {fsx_xflags=FS_XFLAG_..., fsx_extsize=0, [fsx_nextents=0
//                  (the getter's),] fsx_projid=0x9, fsx_cowextsize=0}
//   FS_IOC_[GS]ETFSLABEL  the label, a C string of at most FSLABEL_MAX bytes (not cut at -s)
//   FICLONERANGE   {src_fd=3, src_offset=0, src_length=4, dest_offset=0}
//   FIDEDUPERANGE  {src_offset=0, src_length=4, dest_count=1, info=[{dest_fd=3, dest_offset=4}]}
//                  => {info=[{bytes_deduped=4, status=0}]}: two infos at most unless -v
//   FITRIM         {start=0, len=N, minlen=0}, start in hex
#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kUnlimited = ~0ull;

std::string FiemapExtent(std::string_view e) {
  return fmt::format("{{fe_logical={}, fe_physical={}, fe_length={}, fe_flags={}}}", Field<uint64_t>(e, 0),
                     Field<uint64_t>(e, 8), Field<uint64_t>(e, 16), FormatFlags("fiemap_extent", Field<uint32_t>(e, 40)));
}

std::string Fiemap(const IoctlPhase& p) {
  constexpr size_t kHeader = 32, kExtent = 56;
  std::string_view b = p.header.data;
  std::string flags = FormatFlags("fiemap_flags", Field<uint32_t>(b, 16));
  if (!p.at_exit)
    return fmt::format("{{fm_start={}, fm_length={}, fm_flags={}, fm_extent_count={}}}", Field<uint64_t>(b, 0),
                       Field<uint64_t>(b, 8), flags, Field<uint32_t>(b, 24));
  uint32_t mapped = Field<uint32_t>(b, 20);
  std::string out = fmt::format("{{fm_flags={}, fm_mapped_extents={}, ", flags, mapped);
  if (!p.c.options.verbose) return out + "...}";
  return out + "fm_extents=" + FormatTailArray(p.tail, p.address() + kHeader, mapped, kExtent, kUnlimited, FiemapExtent) + "}";
}

std::string Fsxattr(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  std::string extents = p.at_exit ? fmt::format(", fsx_nextents={}", Field<uint32_t>(b, 8)) : "";
  return fmt::format("{{fsx_xflags={}, fsx_extsize={}{}, fsx_projid={}, fsx_cowextsize={}}}",
                     FormatFlags("fs_xflags", Field<uint32_t>(b, 0)), Field<uint32_t>(b, 4), extents,
                     Hex(Field<uint32_t>(b, 12)), Field<uint32_t>(b, 16));
}

// A label copied as a string: whole up to its NUL, or FSLABEL_MAX bytes with none.
std::string Label(const IoctlPhase& p) {
  if (p.header.truncated()) return FormatCharArray(p.header.data, p.c.options);
  return Quote(p.header.data, StyleOf(p.c.options), false);
}

std::string DedupeRange(const IoctlPhase& p) {
  constexpr size_t kHeader = 24, kInfo = 32;
  constexpr uint64_t kAbbreviated = 2;  // infos strace shows unless -v
  std::string_view b = p.header.data;
  const FormatOptions& o = p.c.options;
  uint16_t count = Field<uint16_t>(b, 16);
  uint64_t limit = o.verbose ? kUnlimited : std::min<uint64_t>(kAbbreviated, o.string_limit);
  int slot = proto::kFdListArg0;  // -y: the interposer resolved the dest_fds in order
  auto info = [&](std::string_view e) {
    if (p.at_exit) return fmt::format("{{bytes_deduped={}, status={}}}", Field<uint64_t>(e, 16), Field<int32_t>(e, 24));
    std::string fd = fmt::format("{}", Field<int64_t>(e, 0));
    if (slot < static_cast<int>(proto::kFdListArg0 + proto::kFdListMax)) fd = WithFdPath(p.c, slot++, fd);
    return fmt::format("{{dest_fd={}, dest_offset={}}}", fd, Field<uint64_t>(e, 8));
  };
  std::string infos = "info=" + FormatTailArray(p.tail, p.address() + kHeader, count, kInfo, limit, info) + "}";
  if (p.at_exit) return "{" + infos;
  return fmt::format("{{src_offset={}, src_length={}, dest_count={}, ", Field<uint64_t>(b, 0), Field<uint64_t>(b, 8), count) + infos;
}

}  // namespace

std::string FormatFsStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  switch (p.t.shape) {
    case proto::IoctlShape::kFiemap: return Fiemap(p);
    case proto::IoctlShape::kFsxattr: return Fsxattr(p);
    case proto::IoctlShape::kFsLabel: return Label(p);
    case proto::IoctlShape::kFileCloneRange:  // -y: src_fd's path
      return fmt::format("{{src_fd={}, src_offset={}, src_length={}, dest_offset={}}}",
                         WithFdPath(p.c, proto::kFdListArg0, fmt::format("{}", Field<int64_t>(b, 0))),
                         Field<uint64_t>(b, 8), Field<uint64_t>(b, 16), Field<uint64_t>(b, 24));
    case proto::IoctlShape::kFileDedupeRange: return DedupeRange(p);
    default:  // FITRIM's struct fstrim_range
      return fmt::format("{{start={}, len={}, minlen={}}}", Hex(Field<uint64_t>(b, 0)), Field<uint64_t>(b, 8),
                         Field<uint64_t>(b, 16));
  }
}

}  // namespace lzp::cli
