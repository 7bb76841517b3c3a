// cli/decode/ioctl_dm.cc — device-mapper's struct dm_ioctl (<linux/dm-ioctl.h>,
// 312 bytes: u32 version[3], data_size, data_start, target_count, s32
// open_count, u32 flags, event_nr, padding, u64 dev, char name[128],
// uuid[129]) as strace 6.1 prints it at entry, in brackets:
//   [{version=[4, 0, 0], data_size=1024, data_start=312, name="vol", target_count=1, flags=DM_SUSPEND_FLAG}, ...]
// Shown: data_start when the data goes past the struct (not for DM_VERSION
// and DM_REMOVE_ALL, which take none); dev, name and uuid when set, except
// for the requests that name no device (REMOVE_ALL, LIST_DEVICES,
// LIST_VERSIONS); target_count for TABLE_LOAD; event_nr for DEV_REMOVE,
// DEV_RENAME and DEV_SUSPEND; then the flags; ", ..." for the input the
// requests that take one carry after the struct (TABLE_LOAD's targets,
// TARGET_MSG's message, DEV_RENAME's new name, DEV_SET_GEOMETRY's string),
// which strace shows only under -v (not decoded here: under -v as well).
// A data_size below the struct's is "data_size=16 /* data_size too small */";
// one that does not even cover version and data_size, the address.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kDmIoctlSize = 312;
enum : uint8_t { kVersion = 0, kRemoveAll = 1, kListDevices = 2, kDevRemove = 4, kDevRename = 5, kDevSuspend = 6,
                 kTableLoad = 9, kListVersions = 13, kTargetMsg = 14, kDevSetGeometry = 15 };

}  // namespace

std::string FormatDmStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  uint8_t command = p.c.rec.args[1] & 0xff;
  uint32_t data_size = Field<uint32_t>(b, 12);
  constexpr uint32_t kVersionAndSize = 16;
  if (data_size < kVersionAndSize) return Pointer(p.address());
  std::string out = fmt::format("[{{version=[{}, {}, {}], data_size={}", Field<uint32_t>(b, 0), Field<uint32_t>(b, 4),
                                Field<uint32_t>(b, 8), data_size);
  if (data_size < kDmIoctlSize) return out + " /* data_size too small */}]";
  bool has_data = data_size > kDmIoctlSize;
  if (has_data && command != kVersion && command != kRemoveAll) out += fmt::format(", data_start={}", Field<uint32_t>(b, 16));
  if (command != kRemoveAll && command != kListDevices && command != kListVersions) {
    if (uint64_t dev = Field<uint64_t>(b, 40)) out += ", dev=" + FormatMakedev(dev);
    if (b[48] != '\0') out += ", name=" + FormatCharArray(b.substr(48, 128), p.c.options);
    if (b[176] != '\0') out += ", uuid=" + FormatCharArray(b.substr(176, 129), p.c.options);
  }
  if (command == kTableLoad) out += fmt::format(", target_count={}", Field<uint32_t>(b, 20));
  if (command == kDevRemove || command == kDevRename || command == kDevSuspend)
    out += fmt::format(", event_nr={}", Field<uint32_t>(b, 32));
  out += ", flags=" + FormatFlags("dm_flags", Field<uint32_t>(b, 28)) + "}";
  bool input = command == kTableLoad || command == kTargetMsg || command == kDevRename || command == kDevSetGeometry;
  return out + (input && has_data ? ", ...]" : "]");
}

}  // namespace lzp::cli
