// cli/decode/ioctl_btrfs.cc — Btrfs's ioctl structs (<linux/btrfs.h>,
// <linux/btrfs_tree.h>) as strace 6.1 prints them at entry (the transfers
// in tracer/ioctl_transfers.h copy each whole, as the kernel reads it):
//   vol_args (SNAP_CREATE, SUBVOL_CREATE, SNAP_DESTROY, RESIZE, ...):
//     {fd=5, name="subvol"} (the name's char array whole, not cut at -s);
//   vol_args_v2 (SNAP_CREATE_V2, SUBVOL_CREATE_V2): {fd=5, flags=..., name=...},
//     with size and qgroup_inherit (an address) when flags ask to inherit;
//   search key (TREE_SEARCH): {key={tree_id=..., min_objectid=...,
//     max_objectid=..., min_offset=..., ...}}, where min_objectid is left out
//     when it is BTRFS_FIRST_FREE_OBJECTID and max_objectid when it is
//     BTRFS_LAST_FREE_OBJECTID; tree and object ids by name
//     (flags/btrfs_objectid.tbl), key types too (btrfs_key_type.tbl), and
//     all 64 bits set is UINT64_MAX in the fields strace says so;
//   ino_lookup {treeid=..., objectid=...}, space_info {space_slots=N},
//   feature flags [{compat_flags=..., compat_ro_flags=..., incompat_flags=...}, ...],
//   quota_ctl {cmd=...}, qgroup_assign {assign=, src=, dst=}, scrub
//   {devid=makedev(..), start=, end=, flags=}, scrub progress {devid=...},
//   dev_info {devid=makedev(..)[, uuid=...]}.
// What the kernel writes back on success (TREE_SEARCH's items, INO_LOOKUP's
// name, SPACE_INFO's spaces, ...) is not shown: these print as at entry.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

using proto::IoctlShape;

constexpr uint64_t kAllOnes = ~uint64_t{0};
constexpr uint64_t kFirstFreeObjectid = 256, kLastFreeObjectid = static_cast<uint64_t>(-256);
constexpr uint64_t kSubvolQgroupInherit = 1u << 2;

uint64_t U64(std::string_view b, size_t at) { return Field<uint64_t>(b, at); }

// A u64 that strace prints as UINT64_MAX when every bit is set.
std::string Max64(uint64_t v) {
  std::string number = fmt::format("{}", v);
  return v == kAllOnes ? StyledConstant(number, "UINT64_MAX") : number;
}

// A tree or object id: UINT64_MAX, a name, or the number.
std::string Objectid(uint64_t v) {
  if (v == kAllOnes) return Max64(v);
  const char* name = EnumName("btrfs_objectid", v);
  std::string number = fmt::format("{}", v);
  return name != nullptr ? StyledConstant(number, name) : number;
}

std::string KeyType(uint32_t v) {
  const char* name = EnumName("btrfs_key_type", v);
  std::string number = fmt::format("{}", v);
  return name != nullptr ? StyledConstant(number, name) : number;
}

std::string VolArgs(std::string_view b, const FormatOptions& o) {
  return fmt::format("{{fd={}, name={}}}", static_cast<int32_t>(U64(b, 0)), FormatCharArray(b.substr(8, 4088), o));
}

// struct btrfs_ioctl_vol_args_v2: s64 fd, u64 transid, u64 flags, then a
// union of {u64 size; qgroup_inherit*} at 24, the name at 56.
std::string VolArgsV2(std::string_view b, const FormatOptions& o) {
  uint64_t flags = U64(b, 16);
  std::string out = fmt::format("{{fd={}, flags={}", static_cast<int32_t>(U64(b, 0)), FormatFlags("btrfs_subvol_flags", flags));
  if (flags & kSubvolQgroupInherit) out += fmt::format(", size={}, qgroup_inherit={}", U64(b, 24), Pointer(U64(b, 32)));
  return out + ", name=" + FormatCharArray(b.substr(56, 4040), o) + "}";
}

// struct btrfs_ioctl_search_key: u64 tree_id, min/max objectid, min/max
// offset, min/max transid, then u32 min_type, max_type, nr_items.
std::string SearchKey(std::string_view b) {
  std::string out = "{key={tree_id=" + Objectid(U64(b, 0));
  uint64_t min_objectid = U64(b, 8), max_objectid = U64(b, 16);
  if (min_objectid != kFirstFreeObjectid) out += ", min_objectid=" + Objectid(min_objectid);
  if (max_objectid != kLastFreeObjectid) out += ", max_objectid=" + Objectid(max_objectid);
  out += ", min_offset=" + Max64(U64(b, 24)) + ", max_offset=" + Max64(U64(b, 32)) + ", min_transid=" + Max64(U64(b, 40)) +
         ", max_transid=" + Max64(U64(b, 48)) + ", min_type=" + KeyType(Field<uint32_t>(b, 56)) +
         ", max_type=" + KeyType(Field<uint32_t>(b, 60));
  return out + fmt::format(", nr_items={}}}}}", Field<uint32_t>(b, 64));
}

std::string FeatureFlags(std::string_view b) {
  return "{compat_flags=" + FormatFlags("btrfs_features_compat", U64(b, 0)) +
         ", compat_ro_flags=" + FormatFlags("btrfs_features_compat_ro", U64(b, 8)) +
         ", incompat_flags=" + FormatFlags("btrfs_features_incompat", U64(b, 16)) + "}";
}

// A 16-byte UUID as text: 8-4-4-4-12 hex digits, bytes in order.
std::string Uuid(std::string_view b) {
  std::string out;
  for (size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += fmt::format("{:02x}", Field<uint8_t>(b, i));
  }
  return out;
}

std::string DevInfo(std::string_view b) {
  std::string out = "{devid=" + FormatMakedev(U64(b, 0));
  std::string_view uuid = b.substr(8, 16);
  if (uuid.find_first_not_of('\0') != std::string_view::npos) out += ", uuid=" + Uuid(uuid);
  return out + "}";
}

}  // namespace

std::string FormatBtrfsStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  const FormatOptions& o = p.c.options;
  switch (p.t.shape) {
    case IoctlShape::kBtrfsVolArgs: return VolArgs(b, o);
    case IoctlShape::kBtrfsVolArgsV2: return VolArgsV2(b, o);
    case IoctlShape::kBtrfsSearchKey: return SearchKey(b);
    case IoctlShape::kBtrfsInoLookup:
      return "{treeid=" + Objectid(U64(b, 0)) + ", objectid=" + Objectid(U64(b, 8)) + "}";
    case IoctlShape::kBtrfsSpaceArgs: return fmt::format("{{space_slots={}}}", U64(b, 0));
    case IoctlShape::kBtrfsFeatures: {
      constexpr size_t kFeatureFlags = 24;
      std::string out = p.t.size > kFeatureFlags ? "[" : "";
      for (size_t at = 0; at + kFeatureFlags <= p.t.size; at += kFeatureFlags)
        out += (at ? ", " : "") + FeatureFlags(b.substr(at, kFeatureFlags));
      return out + (p.t.size > kFeatureFlags ? "]" : "");
    }
    case IoctlShape::kBtrfsQuotaCtl: return "{cmd=" + FormatFlags("btrfs_quota_ctl", U64(b, 0)) + "}";
    case IoctlShape::kBtrfsQgroupAssign:
      return fmt::format("{{assign={}, src={}, dst={}}}", U64(b, 0), U64(b, 8), U64(b, 16));
    case IoctlShape::kBtrfsScrub:
      return "{devid=" + FormatMakedev(U64(b, 0)) + fmt::format(", start={}, end=", U64(b, 8)) + Max64(U64(b, 16)) +
             ", flags=" + FormatFlags("btrfs_scrub_flags", U64(b, 24)) + "}";
    case IoctlShape::kBtrfsDevid: return "{devid=" + FormatMakedev(U64(b, 0)) + "}";
    case IoctlShape::kBtrfsDevInfo: return DevInfo(b);
    default: return Pointer(p.address());
  }
}

}  // namespace lzp::cli
