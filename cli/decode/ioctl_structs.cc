// cli/decode/ioctl_structs.cc — see ioctl_structs.h: the phases of an ioctl
// argument with a tail or a string, the family formatter for each shape, and
// the array and char-array forms the families share.
#include "cli/decode/ioctl_structs.h"

#include <fmt/format.h>

#include "cli/print/quote.h"

namespace lzp::cli {
namespace {

using proto::IoctlShape;

IoctlPhaseFormatter FormatterOf(IoctlShape shape) {
  switch (shape) {
    case IoctlShape::kLoopInfo: case IoctlShape::kLoopInfo64: case IoctlShape::kLoopConfig: return FormatLoopStruct;
    case IoctlShape::kBlkpg: return FormatBlkpgStruct;
    case IoctlShape::kFiemap: case IoctlShape::kFsxattr: case IoctlShape::kFsLabel: case IoctlShape::kFileCloneRange:
    case IoctlShape::kFileDedupeRange: case IoctlShape::kFstrimRange:
      return FormatFsStruct;
    case IoctlShape::kRandPoolInfo: case IoctlShape::kFilterString: case IoctlShape::kSeccompNotifResp:
    case IoctlShape::kSeccompNotifAddfd:
      return FormatMiscStruct;
    case IoctlShape::kRtcTime: case IoctlShape::kRtcWkalrm: case IoctlShape::kRtcParam: return FormatRtcStruct;
    case IoctlShape::kMtdErase: case IoctlShape::kMtdErase64: case IoctlShape::kMtdRegionInfo: case IoctlShape::kMtdOobBuf:
    case IoctlShape::kMtdOtpMode: case IoctlShape::kUbiMkvol: case IoctlShape::kUbiAttach: case IoctlShape::kUbiRsvol:
      return FormatMtdStruct;
    case IoctlShape::kKvmMemoryRegion: case IoctlShape::kKvmRegs: case IoctlShape::kKvmCpuid2: case IoctlShape::kKvmSregs:
      return FormatKvmStruct;
    case IoctlShape::kKdKbentryGet: case IoctlShape::kKdKbentrySet: case IoctlShape::kKdKbsentryGet:
    case IoctlShape::kKdKbsentrySet: case IoctlShape::kKdFontOp:
      return FormatKdStruct;
    case IoctlShape::kDmIoctl: return FormatDmStruct;
    case IoctlShape::kV4l2Fmtdesc: case IoctlShape::kV4l2Format: case IoctlShape::kV4l2Reqbufs: case IoctlShape::kV4l2Buffer:
    case IoctlShape::kV4l2Control: case IoctlShape::kV4l2ControlId: case IoctlShape::kV4l2TypeOnly:
    case IoctlShape::kV4l2Index: case IoctlShape::kV4l2BufType: case IoctlShape::kV4l2Std:
      return FormatV4l2Struct;
    case IoctlShape::kBtrfsVolArgs: case IoctlShape::kBtrfsVolArgsV2: case IoctlShape::kBtrfsSearchKey:
    case IoctlShape::kBtrfsInoLookup: case IoctlShape::kBtrfsSpaceArgs: case IoctlShape::kBtrfsFeatures:
    case IoctlShape::kBtrfsQuotaCtl: case IoctlShape::kBtrfsQgroupAssign: case IoctlShape::kBtrfsScrub:
    case IoctlShape::kBtrfsDevid: case IoctlShape::kBtrfsDevInfo:
      return FormatBtrfsStruct;
    default: return nullptr;
  }
}

}  // namespace

bool HasIoctlStructFormatter(IoctlShape shape) { return FormatterOf(shape) != nullptr; }

std::string FormatIoctlStruct(const CallContext& c, const proto::IoctlTransfer& t) {
  uint64_t address = c.rec.args[2];
  IoctlPhaseFormatter format = FormatterOf(t.shape);
  bool string = t.tail.kind == proto::IoctlTailKind::kString;
  auto copied = [&](uint8_t phase) -> const Capture* {
    const Capture* h = c.captures.Find(2, phase);
    return h != nullptr && !h->faulted() && (string || h->data.size() >= t.size) ? h : nullptr;
  };
  auto text = [&](uint8_t phase) {
    const Capture* h = copied(phase);
    if (h == nullptr) return Pointer(address);
    return format(IoctlPhase{c, t, *h, c.captures.Find(proto::kIoctlTailArg, phase), phase == proto::kAtExit});
  };
  if (format == nullptr || address == 0 || !c.options.structs) return Pointer(address);
  switch (t.direction) {
    case proto::IoctlDirection::kIn: return text(proto::kAtEntry);
    case proto::IoctlDirection::kOut: return c.failed() ? Pointer(address) : text(proto::kAtExit);
    case proto::IoctlDirection::kInOut: break;
  }
  std::string out = text(proto::kAtEntry);
  if (!c.failed() && copied(proto::kAtEntry) != nullptr && copied(proto::kAtExit) != nullptr) out += " => " + text(proto::kAtExit);
  return out;
}

std::string FormatTailArray(const Capture* tail, uint64_t address, uint64_t count, size_t size, uint64_t limit,
                            const std::function<std::string(std::string_view)>& element) {
  if (count == 0) return "[]";
  size_t readable = tail != nullptr ? tail->data.size() / size : 0;
  bool memory_ended = tail == nullptr || tail->faulted();
  if (readable == 0 && memory_ended) return Pointer(address);
  std::string out = "[";
  for (uint64_t i = 0; i < count; ++i) {
    if (i) out += ", ";
    if (i >= readable) {  // unreadable here, or more than was copied
      if (memory_ended) return out + fmt::format("... /* {} */]", Pointer(address + i * size));
      return out + "...]";
    }
    if (i >= limit) return out + "...]";
    out += element(tail->data.substr(i * size, size));
  }
  return out + "]";
}

std::string FormatCharArray(std::string_view field, const FormatOptions& o) {
  size_t nul = field.find('\0');
  if (nul != std::string_view::npos) return Quote(field.substr(0, nul), StyleOf(o), false);
  return Quote(field.substr(0, field.empty() ? 0 : field.size() - 1), StyleOf(o), true);
}

}  // namespace lzp::cli
