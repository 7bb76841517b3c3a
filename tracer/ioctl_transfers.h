// tracer/ioctl_transfers.h — which ioctl requests have an argument worth
// copying, which way it travels and how big it is. Shared by the interposer
// (which copies kIn arguments before the call, kOut ones after it succeeds,
// and kInOut ones both times) and the CLI (which decodes them). The legacy tty requests carry
// no size in their number, so the sizes come from <asm-generic/termbits.h>
// (struct termios: 36 bytes) and <asm-generic/ioctls.h>; struct ifreq
// (<linux/if.h>) is 40 bytes: a 16-byte name, then a union. An entry may
// stand for a family of requests (a mask: EVIOCSABS of every axis).
#pragma once

#include <cstdint>

namespace lzp::proto {

enum class IoctlDirection : uint8_t { kIn, kOut, kInOut };
enum class IoctlShape : uint8_t {
  kTermios, kWinsize, kInt, kUint64, kFsFlags,  // cells: [N], [FS_..._FL|...]
  kIfIndexToName, kIfNameToIndex, kIfFlags, kIfMtu,  // struct ifreq: what goes in, what comes out
  kIfconf,  // struct ifconf: the length in and out (the ifreq array it points to is not copied)
  kUffdApi, kUffdRegister, kUffdRange,  // <linux/userfaultfd.h>: uffdio_api, uffdio_register, uffdio_range
  kUint64Pair, kModemBits, kChar,  // [start, length] (BLKDISCARD); [TIOCM_DTR|...]; TIOCSTI's "x"
  kAbsinfo,  // <linux/input.h> struct input_absinfo (EVIOCSABS)
  kIfAddr, kIfInt,  // struct ifreq: a sockaddr (SIOCGIFADDR...), an int (SIOCGIFMETRIC, SIOCGIFTXQLEN)
  kTermio,  // <asm-generic/termios.h> struct termio: four u16 flag words, c_line, c_cc[8] (17 bytes)
};

struct IoctlTransfer {
  uint32_t request;
  IoctlDirection direction;
  IoctlShape shape;
  uint16_t size;
  uint32_t mask = 0xffffffff;  // the bits of the request that must match (EVIOCSABS: any axis)
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
    {0x125d, IoctlDirection::kIn, IoctlShape::kInt, 4},        // BLKROSET (<linux/fs.h>)
    {0x125e, IoctlDirection::kOut, IoctlShape::kInt, 4},       // BLKROGET
    {0x1263, IoctlDirection::kOut, IoctlShape::kUint64, 8},    // BLKRAGET: an unsigned long
    {0x1265, IoctlDirection::kOut, IoctlShape::kUint64, 8},    // BLKFRAGET
    {0x1277, IoctlDirection::kIn, IoctlShape::kUint64Pair, 16},  // BLKDISCARD: u64 start, length
    {0x127d, IoctlDirection::kIn, IoctlShape::kUint64Pair, 16},  // BLKSECDISCARD
    {0x127f, IoctlDirection::kIn, IoctlShape::kUint64Pair, 16},  // BLKZEROOUT
    {0x80045200, IoctlDirection::kOut, IoctlShape::kInt, 4},   // RNDGETENTCNT (<linux/random.h>)
    {0x40045201, IoctlDirection::kIn, IoctlShape::kInt, 4},    // RNDADDTOENTCNT
    {0x5415, IoctlDirection::kOut, IoctlShape::kModemBits, 4}, // TIOCMGET
    {0x5416, IoctlDirection::kIn, IoctlShape::kModemBits, 4},  // TIOCMBIS
    {0x5417, IoctlDirection::kIn, IoctlShape::kModemBits, 4},  // TIOCMBIC
    {0x5418, IoctlDirection::kIn, IoctlShape::kModemBits, 4},  // TIOCMSET
    {0x5412, IoctlDirection::kIn, IoctlShape::kChar, 1},       // TIOCSTI: the byte to push
    {0x5424, IoctlDirection::kOut, IoctlShape::kInt, 4},       // TIOCGETD
    {0x5423, IoctlDirection::kIn, IoctlShape::kInt, 4},        // TIOCSETD
    {0x5420, IoctlDirection::kIn, IoctlShape::kInt, 4},        // TIOCPKT
    {0x5419, IoctlDirection::kOut, IoctlShape::kInt, 4},       // TIOCGSOFTCAR
    {0x541a, IoctlDirection::kIn, IoctlShape::kInt, 4},        // TIOCSSOFTCAR
    {0x8904, IoctlDirection::kOut, IoctlShape::kInt, 4},       // SIOCGPGRP (<linux/sockios.h>)
    {0x8902, IoctlDirection::kIn, IoctlShape::kInt, 4},        // SIOCSPGRP
    {0x40082404, IoctlDirection::kIn, IoctlShape::kUint64, 8}, // PERF_EVENT_IOC_PERIOD (<linux/perf_event.h>)
    {0x80082407, IoctlDirection::kOut, IoctlShape::kUint64, 8},  // PERF_EVENT_IOC_ID
    {0x40082102, IoctlDirection::kIn, IoctlShape::kUint64, 8}, // SECCOMP_IOCTL_NOTIF_ID_VALID (<linux/seccomp.h>)
    {0xb704, IoctlDirection::kOut, IoctlShape::kInt, 4},       // NS_GET_OWNER_UID (<linux/nsfs.h>): a uid_t
    {0x401845c0, IoctlDirection::kIn, IoctlShape::kAbsinfo, 24, 0xffffffc0},  // EVIOCSABS(axis)
    {0x5405, IoctlDirection::kOut, IoctlShape::kTermio, 17},   // TCGETA
    {0x5406, IoctlDirection::kIn, IoctlShape::kTermio, 17},    // TCSETA
    {0x5407, IoctlDirection::kIn, IoctlShape::kTermio, 17},    // TCSETAW
    {0x5408, IoctlDirection::kIn, IoctlShape::kTermio, 17},    // TCSETAF
    {0x5456, IoctlDirection::kOut, IoctlShape::kTermios, 36},  // TIOCGLCKTRMIOS
    {0x5457, IoctlDirection::kIn, IoctlShape::kTermios, 36},   // TIOCSLCKTRMIOS
    {0x8915, IoctlDirection::kInOut, IoctlShape::kIfAddr, 40},  // SIOCGIFADDR
    {0x8917, IoctlDirection::kInOut, IoctlShape::kIfAddr, 40},  // SIOCGIFDSTADDR
    {0x8919, IoctlDirection::kInOut, IoctlShape::kIfAddr, 40},  // SIOCGIFBRDADDR
    {0x891b, IoctlDirection::kInOut, IoctlShape::kIfAddr, 40},  // SIOCGIFNETMASK
    {0x891d, IoctlDirection::kInOut, IoctlShape::kIfInt, 40},   // SIOCGIFMETRIC
    {0x8942, IoctlDirection::kInOut, IoctlShape::kIfInt, 40},   // SIOCGIFTXQLEN
};

inline constexpr const IoctlTransfer* FindIoctlTransfer(uint64_t request) {
  for (const IoctlTransfer& t : kIoctlTransfers)
    if ((static_cast<uint32_t>(request) & t.mask) == t.request) return &t;
  return nullptr;
}

}  // namespace lzp::proto
