// tracer/ioctl_transfers.h — which ioctl requests have an argument worth
// copying, which way it travels and how big it is. Shared by the interposer
// (which copies kIn arguments before the call, kOut ones after it succeeds,
// and kInOut ones both times) and the CLI (which decodes them). The legacy tty requests carry
// no size in their number, so the sizes come from <asm-generic/termbits.h>
// (struct termios: 36 bytes) and <asm-generic/ioctls.h>; struct ifreq
// (<linux/if.h>) is 40 bytes: a 16-byte name, then a union.
#pragma once

#include <cstdint>

namespace lzp::proto {

enum class IoctlDirection : uint8_t { kIn, kOut, kInOut };
enum class IoctlShape : uint8_t {
  kTermios, kWinsize, kInt, kUint64, kFsFlags,  // cells: [N], [FS_..._FL|...]
  kIfIndexToName, kIfNameToIndex, kIfFlags, kIfMtu,  // struct ifreq: what goes in, what comes out
  kIfconf,  // struct ifconf: the length in and out (the ifreq array it points to is not copied)
  kUffdApi, kUffdRegister, kUffdRange,  // <linux/userfaultfd.h>: uffdio_api, uffdio_register, uffdio_range
};

struct IoctlTransfer {
  uint32_t request;
  IoctlDirection direction;
  IoctlShape shape;
  uint16_t size;
};

inline constexpr IoctlTransfer kIoctlTransfers[] = {
    {0x5401, IoctlDirection::kOut, IoctlShape::kTermios, 36},  // TCGETS
    {0x5402, IoctlDirection::kIn, IoctlShape::kTermios, 36},   // TCSETS
    {0x5403, IoctlDirection::kIn, IoctlShape::kTermios, 36},   // TCSETSW
    {0x5404, IoctlDirection::kIn, IoctlShape::kTermios, 36},   // TCSETSF
    {0x5413, IoctlDirection::kOut, IoctlShape::kWinsize, 8},   // TIOCGWINSZ
    {0x5414, IoctlDirection::kIn, IoctlShape::kWinsize, 8},    // TIOCSWINSZ
    {0x540f, IoctlDirection::kOut, IoctlShape::kInt, 4},       // TIOCGPGRP
    {0x5410, IoctlDirection::kIn, IoctlShape::kInt, 4},        // TIOCSPGRP
    {0x5411, IoctlDirection::kOut, IoctlShape::kInt, 4},       // TIOCOUTQ
    {0x541b, IoctlDirection::kOut, IoctlShape::kInt, 4},       // FIONREAD
    {0x5421, IoctlDirection::kIn, IoctlShape::kInt, 4},        // FIONBIO
    {0x5452, IoctlDirection::kIn, IoctlShape::kInt, 4},        // FIOASYNC
    {0x5429, IoctlDirection::kOut, IoctlShape::kInt, 4},       // TIOCGSID
    {0x80045430, IoctlDirection::kOut, IoctlShape::kInt, 4},   // TIOCGPTN
    {0x40045431, IoctlDirection::kIn, IoctlShape::kInt, 4},    // TIOCSPTLCK
    {0x80045440, IoctlDirection::kOut, IoctlShape::kInt, 4},   // TIOCGEXCL
    {0x80045432, IoctlDirection::kOut, IoctlShape::kInt, 4},   // TIOCGDEV
    {0x80081272, IoctlDirection::kOut, IoctlShape::kUint64, 8},  // BLKGETSIZE64 (<linux/fs.h>)
    {0x1260, IoctlDirection::kOut, IoctlShape::kUint64, 8},    // BLKGETSIZE: an unsigned long
    {0x1268, IoctlDirection::kOut, IoctlShape::kInt, 4},       // BLKSSZGET
    {0x80086601, IoctlDirection::kOut, IoctlShape::kFsFlags, 4},  // FS_IOC_GETFLAGS: the kernel writes an int
    {0x40086602, IoctlDirection::kIn, IoctlShape::kFsFlags, 4},   // FS_IOC_SETFLAGS
    {0x8910, IoctlDirection::kInOut, IoctlShape::kIfIndexToName, 40},  // SIOCGIFNAME (<linux/sockios.h>)
    {0x8933, IoctlDirection::kInOut, IoctlShape::kIfNameToIndex, 40},  // SIOCGIFINDEX
    {0x8913, IoctlDirection::kInOut, IoctlShape::kIfFlags, 40},        // SIOCGIFFLAGS
    {0x8914, IoctlDirection::kIn, IoctlShape::kIfFlags, 40},           // SIOCSIFFLAGS
    {0x8921, IoctlDirection::kInOut, IoctlShape::kIfMtu, 40},          // SIOCGIFMTU
    {0x8912, IoctlDirection::kInOut, IoctlShape::kIfconf, 16},         // SIOCGIFCONF
    {0xc018aa3f, IoctlDirection::kInOut, IoctlShape::kUffdApi, 24},      // UFFDIO_API
    {0xc020aa00, IoctlDirection::kInOut, IoctlShape::kUffdRegister, 32}, // UFFDIO_REGISTER
    {0x8010aa01, IoctlDirection::kIn, IoctlShape::kUffdRange, 16},       // UFFDIO_UNREGISTER (read by the kernel)
    {0x8010aa02, IoctlDirection::kIn, IoctlShape::kUffdRange, 16},       // UFFDIO_WAKE
};

inline constexpr const IoctlTransfer* FindIoctlTransfer(uint64_t request) {
  for (const IoctlTransfer& t : kIoctlTransfers)
    if (t.request == static_cast<uint32_t>(request)) return &t;
  return nullptr;
}

}  // namespace lzp::proto
