// cli/decode/ioctl_v4l2.cc — the Video4Linux2 structs (<linux/videodev2.h>)
// strace 6.1 prints as the caller passed them (what it fills in on a success
// is not copied: only the input shows):
//   VIDIOC_ENUM_FMT {index=0, type=V4L2_BUF_TYPE_VIDEO_CAPTURE}   (v4l2_fmtdesc: u32 index, type)
//   VIDIOC_G_FMT    {type=...}; VIDIOC_S_FMT, VIDIOC_TRY_FMT with a single-plane picture:
//     {type=..., fmt.pix={width=640, height=480, pixelformat=v4l2_fourcc('Y', 'U', 'Y', 'V')
//      /* V4L2_PIX_FMT_YUYV */, field=..., bytesperline=1280, sizeimage=0, colorspace=...}}
//     (v4l2_format: u32 type, the union at 8)
//   VIDIOC_REQBUFS  {type=..., memory=V4L2_MEMORY_MMAP, count=4}  (u32 count, type, memory)
//   VIDIOC_QUERYBUF {type=..., index=1}                           (v4l2_buffer: u32 index, type)
//   VIDIOC_S_CTRL   {id=V4L2_CID_BRIGHTNESS, value=5}; VIDIOC_QUERYCTRL {id=...}
//   VIDIOC_G_PARM, VIDIOC_G_CROP {type=...}; VIDIOC_ENUMINPUT {index=2}
//   VIDIOC_STREAMON/OFF [V4L2_BUF_TYPE_...]; VIDIOC_S_STD [0xff]
// Names: flags/v4l2_*.tbl (the pixel formats and control ids from the uapi headers).
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kGetFormat = 0xc0d05604;  // VIDIOC_G_FMT: the type alone
constexpr uint32_t kVideoCapture = 1, kVideoOutput = 2;

std::string Type(std::string_view b, size_t at) { return FormatFlags("v4l2_buf_type", Field<uint32_t>(b, at)); }

// v4l2_fourcc('Y', 'U', 'Y', 'V') and the format's name when it has one.
std::string Fourcc(uint32_t code) {
  std::string out = "v4l2_fourcc(";
  for (int i = 0; i < 4; ++i) {
    uint8_t ch = (code >> (8 * i)) & 0xff;
    bool plain = ch >= 0x20 && ch < 0x7f && ch != '\'' && ch != '\\';
    out += (i ? ", " : "") + (plain ? fmt::format("'{}'", static_cast<char>(ch)) : fmt::format("'\\x{:02x}'", ch));
  }
  out += ")";
  if (const char* name = EnumName("v4l2_pix_fmt", code)) out += fmt::format(" /* {} */", name);
  return out;
}

std::string Format(const IoctlPhase& p, std::string_view b) {
  uint32_t type = Field<uint32_t>(b, 0);
  std::string out = "{type=" + Type(b, 0);
  if ((p.c.rec.args[1] & 0xffffffff) == kGetFormat || (type != kVideoCapture && type != kVideoOutput)) return out + "}";
  std::string_view pix = b.substr(8);
  return out + fmt::format(", fmt.pix={{width={}, height={}, pixelformat={}, field={}, bytesperline={}, sizeimage={}, "
                           "colorspace={}}}}}",
                           Field<uint32_t>(pix, 0), Field<uint32_t>(pix, 4), Fourcc(Field<uint32_t>(pix, 8)),
                           FormatFlags("v4l2_field", Field<uint32_t>(pix, 12)), Field<uint32_t>(pix, 16),
                           Field<uint32_t>(pix, 20), FormatFlags("v4l2_colorspace", Field<uint32_t>(pix, 24)));
}

}  // namespace

std::string FormatV4l2Struct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  switch (p.t.shape) {
    case proto::IoctlShape::kV4l2Fmtdesc: return fmt::format("{{index={}, type={}}}", Field<uint32_t>(b, 0), Type(b, 4));
    case proto::IoctlShape::kV4l2Format: return Format(p, b);
    case proto::IoctlShape::kV4l2Reqbufs:
      return fmt::format("{{type={}, memory={}, count={}}}", Type(b, 4), FormatFlags("v4l2_memory", Field<uint32_t>(b, 8)),
                         Field<uint32_t>(b, 0));
    case proto::IoctlShape::kV4l2Buffer: return fmt::format("{{type={}, index={}}}", Type(b, 4), Field<uint32_t>(b, 0));
    case proto::IoctlShape::kV4l2Control:
      return fmt::format("{{id={}, value={}}}", FormatFlags("v4l2_cid", Field<uint32_t>(b, 0)), Field<int32_t>(b, 4));
    case proto::IoctlShape::kV4l2ControlId: return "{id=" + FormatFlags("v4l2_cid", Field<uint32_t>(b, 0)) + "}";
    case proto::IoctlShape::kV4l2TypeOnly: return "{type=" + Type(b, 0) + "}";
    case proto::IoctlShape::kV4l2Index: return fmt::format("{{index={}}}", Field<uint32_t>(b, 0));
    case proto::IoctlShape::kV4l2BufType: return "[" + Type(b, 0) + "]";
    default: return "[" + Hex(Field<uint64_t>(b, 0)) + "]";  // kV4l2Std: a v4l2_std_id
  }
}

}  // namespace lzp::cli
