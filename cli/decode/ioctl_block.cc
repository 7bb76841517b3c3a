// cli/decode/ioctl_block.cc — BLKPG (<linux/blkpg.h>) as strace 6.1 prints
// it: the blkpg_ioctl_arg, and the blkpg_partition its data points to
// whatever op and datalen say (the interposer copied it as the transfer's
// tail): {op=BLKPG_ADD_PARTITION, flags=0, datalen=152, data={start=1048576,
// length=2097152, pno=1, devname="d", volname="v"}}. An unreadable partition
// is its address (NULL for none); the names are C strings in 64-byte arrays.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {

std::string FormatBlkpgStruct(const IoctlPhase& p) {
  constexpr size_t kPartition = 152, kNameSize = 64;
  std::string_view b = p.header.data;
  uint64_t data = Field<uint64_t>(b, 16);
  std::string partition = Pointer(data);
  if (p.tail != nullptr && !p.tail->faulted() && p.tail->data.size() >= kPartition) {
    std::string_view d = p.tail->data;
    partition = fmt::format("{{start={}, length={}, pno={}, devname={}, volname={}}}", Field<int64_t>(d, 0),
                            Field<int64_t>(d, 8), Field<int32_t>(d, 16), FormatCharArray(d.substr(20, kNameSize), p.c.options),
                            FormatCharArray(d.substr(20 + kNameSize, kNameSize), p.c.options));
  }
  return fmt::format("{{op={}, flags={}, datalen={}, data={}}}", FormatFlags("blkpg_op", Field<uint32_t>(b, 0)),
                     Field<int32_t>(b, 4), Field<int32_t>(b, 8), partition);
}

}  // namespace lzp::cli
