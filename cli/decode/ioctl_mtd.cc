// cli/decode/ioctl_mtd.cc — the MTD and UBI ioctls' structs (<mtd/mtd-abi.h>,
// <mtd/ubi-user.h>) as strace 6.1 prints them, all as the caller passed
// them:
//   MEMERASE, MEMERASE64   {start=0x20000, length=0x10000} (u32 or u64 pairs)
//   MEMGETREGIONINFO       {regionindex=0x2} (the index the caller asks about)
//   MEMWRITEOOB            {start=0x800, length=0x10, ptr=0x...}
//   OTPSELECT              [MTD_OTP_USER]
//   UBI_IOCMKVOL           {vol_id=3, alignment=1, bytes=1048576, vol_type=UBI_STATIC_VOLUME, flags=0,
//                           name_len=6, name="..."}
//   UBI_IOCATT             {ubi_num=-1, mtd_num=1, vid_hdr_offset=2048, max_beb_per1024=0}
//   UBI_IOCRSVOL           {bytes=2097152, vol_id=3}
// The 'M' requests' names ("MIXER_READ(1) or MEMGETINFO") are ioctl.cc's.
#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"

namespace lzp::cli {

std::string FormatMtdStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  switch (p.t.shape) {
    case proto::IoctlShape::kMtdErase:
      return fmt::format("{{start={}, length={}}}", Hex(Field<uint32_t>(b, 0)), Hex(Field<uint32_t>(b, 4)));
    case proto::IoctlShape::kMtdErase64:
      return fmt::format("{{start={}, length={}}}", Hex(Field<uint64_t>(b, 0)), Hex(Field<uint64_t>(b, 8)));
    case proto::IoctlShape::kMtdRegionInfo: return fmt::format("{{regionindex={}}}", Hex(Field<uint32_t>(b, 12)));
    case proto::IoctlShape::kMtdOobBuf:
      return fmt::format("{{start={}, length={}, ptr={}}}", Hex(Field<uint32_t>(b, 0)), Hex(Field<uint32_t>(b, 4)),
                         Pointer(Field<uint64_t>(b, 8)));
    case proto::IoctlShape::kMtdOtpMode: return "[" + FormatFlags("mtd_otp_mode", Field<uint32_t>(b, 0)) + "]";
    case proto::IoctlShape::kUbiMkvol: {
      int16_t name_len = Field<int16_t>(b, 18);
      std::string_view name = b.substr(24, 128);
      return fmt::format("{{vol_id={}, alignment={}, bytes={}, vol_type={}, flags={}, name_len={}, name={}}}",
                         Field<int32_t>(b, 0), Field<int32_t>(b, 4), Field<int64_t>(b, 8),
                         FormatFlags("ubi_vol_type", Field<int8_t>(b, 16)), FormatFlags("ubi_vol_flags", Field<uint8_t>(b, 17)),
                         name_len, FormatCharArray(name.substr(0, std::clamp<int>(name_len + 1, 1, 128)), p.c.options));
    }
    case proto::IoctlShape::kUbiAttach:
      return fmt::format("{{ubi_num={}, mtd_num={}, vid_hdr_offset={}, max_beb_per1024={}}}", Field<int32_t>(b, 0),
                         Field<int32_t>(b, 4), Field<int32_t>(b, 8), Field<int16_t>(b, 12));
    default: return fmt::format("{{bytes={}, vol_id={}}}", Field<int64_t>(b, 0), Field<int32_t>(b, 8));  // kUbiRsvol
  }
}

}  // namespace lzp::cli
