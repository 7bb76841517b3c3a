// cli/decode/ioctl_structs.h — ioctl arguments that are strings, or structs
// with parts the interposer copies beyond their fixed bytes (the tails of
// tracer/ioctl_transfers.h), one file per family: ioctl_loop.cc,
// ioctl_block.cc, ioctl_fs.cc, ioctl_misc.cc (random, perf, seccomp), ioctl_rtc.cc, ioctl_mtd.cc, ioctl_kvm.cc, ioctl_kd.cc, ioctl_dm.cc, ioctl_v4l2.cc, ioctl_btrfs.cc and
// ioctl_netdev.cc (struct ifreq's hardware address and ifmap). ioctl.cc
// hands each such request to FormatIoctlStruct (ioctl_structs.cc), which
// picks the phases by the transfer's direction — a struct read by the kernel
// as it was at entry, one written as it was after a success (else its
// address), both for one read and written: `{in} => {out}` — and calls the
// family's formatter for each.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cli/print/captures.h"
#include "cli/print/syscall_format.h"
#include "tracer/ioctl_transfers.h"

namespace lzp::cli {

// One phase's copies of the argument: the fixed bytes (or the string), and
// the tail when the transfer has one (nullptr when none was copied).
struct IoctlPhase {
  const CallContext& c;
  const proto::IoctlTransfer& t;
  const Capture& header;
  const Capture* tail;
  bool at_exit;
  uint64_t address() const { return c.rec.args[2]; }
};
using IoctlPhaseFormatter = std::string (*)(const IoctlPhase& p);

bool HasIoctlStructFormatter(proto::IoctlShape shape);
std::string FormatIoctlStruct(const CallContext& c, const proto::IoctlTransfer& t);

// The families' formatters, by shape.
std::string FormatLoopStruct(const IoctlPhase& p);
std::string FormatBlkpgStruct(const IoctlPhase& p);
std::string FormatFsStruct(const IoctlPhase& p);
std::string FormatMiscStruct(const IoctlPhase& p);
std::string FormatRtcStruct(const IoctlPhase& p);
std::string FormatMtdStruct(const IoctlPhase& p);
std::string FormatKvmStruct(const IoctlPhase& p);
std::string FormatKdStruct(const IoctlPhase& p);
std::string FormatDmStruct(const IoctlPhase& p);
std::string FormatV4l2Struct(const IoctlPhase& p);
std::string FormatBtrfsStruct(const IoctlPhase& p);
// The console requests whose argument is a value strace names (ioctl_kd.cc).
std::optional<std::string> FormatKdValue(uint64_t request, uint64_t arg);
// struct ifreq's union (16 bytes at offset 16) for SIOC[GS]IFHWADDR and SIOC[GS]IFMAP.
std::string FormatIfreqHardware(proto::IoctlShape shape, std::string_view ifr_union);

// An array of `count` elements of `size` bytes at `address`, from a tail
// copy, as strace prints one: "[]"; at most `limit` elements, then "...";
// memory that ended before element k > 0 as ", ... /* 0xADDR */]", before
// the first as the address alone.
std::string FormatTailArray(const Capture* tail, uint64_t address, uint64_t count, size_t size, uint64_t limit,
                            const std::function<std::string(std::string_view)>& element);
// A fixed char array as strace prints a C string in it: up to the NUL, or
// all but the last byte and `...` when there is none.
std::string FormatCharArray(std::string_view field, const FormatOptions& o);

}  // namespace lzp::cli
