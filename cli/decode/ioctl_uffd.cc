// cli/decode/ioctl_uffd.cc — userfaultfd's ioctls as strace 6.1 prints them:
//   UFFDIO_API       {api=0xaa, features=0 => features=UFFD_FEATURE_..., ioctls=1<<_UFFDIO_API|...}
//   UFFDIO_REGISTER  {range={start=0x..., len=0x2000}, mode=UFFDIO_REGISTER_MODE_MISSING, ioctls=1<<_UFFDIO_WAKE|...}
//   UFFDIO_UNREGISTER, UFFDIO_WAKE  {start=0x..., len=0x1000}
//   UFFDIO_COPY      {dst=0x..., src=0x..., len=0x1000, mode=0, copy=0x1000}
//   UFFDIO_ZEROPAGE  {range={start=0x..., len=0x1000}, mode=0, zeropage=0x1000}
// What the kernel answers (features and ioctls, the bytes copied or zeroed)
// only after a success. The bit names are flag tables (uffd_features,
// uffd_ioctls, uffd_register_mode, uffd_copy_mode, uffd_zeropage_mode).
#include "cli/decode/ioctl_uffd.h"

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

std::string Range(std::string_view b) {
  return fmt::format("{{start={}, len={}}}", Hex(Field<uint64_t>(b, 0)), Hex(Field<uint64_t>(b, 8)));
}

}  // namespace

std::string FormatUffdArgument(proto::IoctlShape shape, std::string_view in, std::string_view answer) {
  switch (shape) {
    case proto::IoctlShape::kUffdApi: {  // u64 api, features, ioctls
      std::string out = fmt::format("{{api={}, features={}", Hex(Field<uint64_t>(in, 0)),
                                    FormatFlags("uffd_features", Field<uint64_t>(in, 8)));
      if (answer.size() >= 24)
        out += " => features=" + FormatFlags("uffd_features", Field<uint64_t>(answer, 8)) +
               ", ioctls=" + FormatFlags("uffd_ioctls", Field<uint64_t>(answer, 16));
      return out + "}";
    }
    case proto::IoctlShape::kUffdRegister: {  // struct uffdio_range range; u64 mode, ioctls
      std::string out = "{range=" + Range(in) + ", mode=" + FormatFlags("uffd_register_mode", Field<uint64_t>(in, 16));
      if (answer.size() >= 32) out += ", ioctls=" + FormatFlags("uffd_ioctls", Field<uint64_t>(answer, 24));
      return out + "}";
    }
    case proto::IoctlShape::kUffdCopy: {  // u64 dst, src, len, mode; s64 copy
      std::string out = fmt::format("{{dst={}, src={}, len={}, mode={}", Hex(Field<uint64_t>(in, 0)),
                                    Hex(Field<uint64_t>(in, 8)), Hex(Field<uint64_t>(in, 16)),
                                    FormatFlags("uffd_copy_mode", Field<uint64_t>(in, 24)));
      if (answer.size() >= 40) out += ", copy=" + Hex(Field<uint64_t>(answer, 32));
      return out + "}";
    }
    case proto::IoctlShape::kUffdZeropage: {  // struct uffdio_range range; u64 mode; s64 zeropage
      std::string out = "{range=" + Range(in) + ", mode=" + FormatFlags("uffd_zeropage_mode", Field<uint64_t>(in, 16));
      if (answer.size() >= 32) out += ", zeropage=" + Hex(Field<uint64_t>(answer, 24));
      return out + "}";
    }
    default: return Range(in);
  }
}

}  // namespace lzp::cli
