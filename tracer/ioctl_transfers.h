// tracer/ioctl_transfers.h — which ioctl requests have an argument worth
// copying, which way it travels and how big it is. Shared by the interposer
// (which copies kIn arguments before the call, kOut ones after it succeeds,
// and kInOut ones both times) and the CLI (which decodes them). The legacy tty requests carry
// no size in their number, so the sizes come from <asm-generic/termbits.h>
// (struct termios: 36 bytes) and <asm-generic/ioctls.h>; struct ifreq
// (<linux/if.h>) is 40 bytes: a 16-byte name, then a union. An entry may
// stand for a family of requests (a mask: EVIOCSABS of every axis).
//
// Some arguments do not end at a fixed size; an entry's tail says how far to
// follow, always bounded: a NUL-terminated string (`size` its most bytes, 0:
// the -s limit plus one), elements after the fixed header counted by one of
// its fields (fiemap's extents, file_dedupe_range's infos, rand_pool_info's
// bytes), or a struct a pointer field of the header points to
// (blkpg_ioctl_arg's partition). A tail is copied as argument kIoctlTailArg,
// as much of it as is readable (the chunk says kCaptureFaulted when it ends
// early, so the CLI can print the readable elements as strace does).
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

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
  kIfHwaddr, kIfMap,  // struct ifreq: ifr_hwaddr (a sockaddr of an ARPHRD_* family), ifr_map (struct ifmap)
  kIfNewname, kIfSlave,  // struct ifreq: ifr_newname, ifr_slave (interface names)
  kIfIndex,  // struct ifreq: ifr_ifindex alone (the bridge's SIOCBRADDIF/SIOCBRDELIF)
  kLoopInfo, kLoopInfo64, kLoopConfig,  // <linux/loop.h> (cli/decode/ioctl_loop.cc)
  kBlkpg,  // <linux/blkpg.h> blkpg_ioctl_arg and the blkpg_partition it points to (cli/decode/ioctl_block.cc)
  kFiemap, kFsxattr, kFsLabel, kFileCloneRange, kFileDedupeRange, kFstrimRange,  // <linux/fs.h>, <linux/fiemap.h> (ioctl_fs.cc)
  kRandPoolInfo,  // <linux/random.h> rand_pool_info: entropy_count, buf_size, then buf_size bytes (ioctl_misc.cc)
  kFilterString, kSeccompNotifResp, kSeccompNotifAddfd,  // perf's filter string; <linux/seccomp.h> (ioctl_misc.cc)
  kUffdCopy, kUffdZeropage,  // <linux/userfaultfd.h>: uffdio_copy, uffdio_zeropage (the count done written back)
  kRtcTime, kRtcWkalrm, kRtcParam,  // <linux/rtc.h>: rtc_time, rtc_wkalrm, rtc_param (cli/decode/ioctl_rtc.cc)
  kMtdErase, kMtdErase64, kMtdRegionInfo, kMtdOobBuf, kMtdOtpMode,  // <mtd/mtd-abi.h> (cli/decode/ioctl_mtd.cc)
  kUbiMkvol, kUbiAttach, kUbiRsvol,  // <mtd/ubi-user.h>
  kKvmMemoryRegion, kKvmRegs, kKvmCpuid2, kKvmSregs,  // <linux/kvm.h> (cli/decode/ioctl_kvm.cc)
  kKdKbentryGet, kKdKbentrySet, kKdKbsentryGet, kKdKbsentrySet, kKdFontOp,  // <linux/kd.h> (cli/decode/ioctl_kd.cc)
  kDmIoctl,  // <linux/dm-ioctl.h> struct dm_ioctl (cli/decode/ioctl_dm.cc)
  kV4l2Fmtdesc, kV4l2Format, kV4l2Reqbufs, kV4l2Buffer, kV4l2Control, kV4l2ControlId, kV4l2TypeOnly, kV4l2Index,
  kV4l2BufType, kV4l2Std,  // <linux/videodev2.h>, as passed (cli/decode/ioctl_v4l2.cc)
  kBtrfsVolArgs, kBtrfsVolArgsV2, kBtrfsSearchKey, kBtrfsInoLookup, kBtrfsSpaceArgs, kBtrfsFeatures,
  kBtrfsQuotaCtl, kBtrfsQgroupAssign, kBtrfsScrub, kBtrfsDevid, kBtrfsDevInfo,  // <linux/btrfs.h> (cli/decode/ioctl_btrfs.cc)
};

// kPointedArray: an array elsewhere, whose address is the header's 8 bytes at
// `pointer_field` and whose length in bytes the count gives (SIOCGIFCONF's
// ifreq array: ifc_buf and ifc_len as the kernel wrote it back).
enum class IoctlTailKind : uint8_t { kNone, kString, kCountedArray, kPointee, kPointedArray };
inline constexpr uint8_t kNoField = 0xff;  // no count (or pointer) in this phase: no tail copied then
struct IoctlTail {
  IoctlTailKind kind = IoctlTailKind::kNone;
  uint8_t entry_field = kNoField;  // the count's (kPointee: the pointer's) offset in the header copied at entry
  uint8_t exit_field = kNoField;   // ... and in the header copied at exit
  uint8_t count_bytes = 4;         // the count's width (an unsigned number)
  uint16_t element = 0;            // one element's bytes (1: a byte buffer, cut at -s); kPointee: the struct's
  uint8_t pointer_field = kNoField;  // kPointedArray: the array's address's offset in the header
};

struct IoctlTransfer {
  uint32_t request;
  IoctlDirection direction;
  IoctlShape shape;
  uint16_t size;
  uint32_t mask = 0xffffffff;  // the bits of the request that must match (EVIOCSABS: any axis)
  IoctlTail tail = {};
};

inline constexpr IoctlTail kStringTail = {IoctlTailKind::kString};
inline constexpr uint8_t kIoctlTailArg = 100;  // capture argument of a tail (after capture_format.h's 96 and 97)
static_assert(kIoctlTailArg > kAioSigmaskArg && kIoctlTailArg < kIocbArg0 && kIoctlTailArg >= kMmsgArg0 + 3 * kMmsgMax);
inline constexpr uint32_t kIoctlTailMaxElements = 1024;
inline constexpr uint32_t kIoctlHeaderMax = 32;  // a header with a tail is copied whole first, to read its field

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
    {0x8905, IoctlDirection::kOut, IoctlShape::kInt, 4},       // SIOCATMARK (<asm/sockios.h>)
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
    // SIOCGIFCONF: struct ifconf (int ifc_len; ifc_buf at 8), then at exit the ifreqs (40 bytes) it filled
    {0x8912, IoctlDirection::kInOut, IoctlShape::kIfconf, 16, 0xffffffff, {IoctlTailKind::kPointedArray, kNoField, 0, 4, 40, 8}},
    {0xc018aa3f, IoctlDirection::kInOut, IoctlShape::kUffdApi, 24},      // UFFDIO_API
    {0xc020aa00, IoctlDirection::kInOut, IoctlShape::kUffdRegister, 32}, // UFFDIO_REGISTER
    {0x8010aa01, IoctlDirection::kIn, IoctlShape::kUffdRange, 16},       // UFFDIO_UNREGISTER (read by the kernel)
    {0x8010aa02, IoctlDirection::kIn, IoctlShape::kUffdRange, 16},       // UFFDIO_WAKE
    {0xc028aa03, IoctlDirection::kInOut, IoctlShape::kUffdCopy, 40},     // UFFDIO_COPY
    {0xc020aa04, IoctlDirection::kInOut, IoctlShape::kUffdZeropage, 32}, // UFFDIO_ZEROPAGE
    {0x40247007, IoctlDirection::kIn, IoctlShape::kRtcTime, 36},         // RTC_ALM_SET (<linux/rtc.h>)
    {0x80247008, IoctlDirection::kOut, IoctlShape::kRtcTime, 36},        // RTC_ALM_READ
    {0x80247009, IoctlDirection::kOut, IoctlShape::kRtcTime, 36},        // RTC_RD_TIME
    {0x4024700a, IoctlDirection::kIn, IoctlShape::kRtcTime, 36},         // RTC_SET_TIME
    {0x4028700f, IoctlDirection::kIn, IoctlShape::kRtcWkalrm, 40},       // RTC_WKALM_SET
    {0x80287010, IoctlDirection::kOut, IoctlShape::kRtcWkalrm, 40},      // RTC_WKALM_RD
    {0x40187013, IoctlDirection::kInOut, IoctlShape::kRtcParam, 24},     // RTC_PARAM_GET: the value written back
    {0x8008700b, IoctlDirection::kOut, IoctlShape::kUint64, 8},          // RTC_IRQP_READ: an unsigned long
    {0x8008700d, IoctlDirection::kOut, IoctlShape::kUint64, 8},          // RTC_EPOCH_READ
    {0xc0045706, IoctlDirection::kInOut, IoctlShape::kInt, 4},           // WDIOC_SETTIMEOUT (<linux/watchdog.h>)
    {0xc0045708, IoctlDirection::kInOut, IoctlShape::kInt, 4},           // WDIOC_SETPRETIMEOUT
    {0x40084d02, IoctlDirection::kIn, IoctlShape::kMtdErase, 8},         // MEMERASE (<mtd/mtd-abi.h>)
    {0x40104d14, IoctlDirection::kIn, IoctlShape::kMtdErase64, 16},      // MEMERASE64
    {0x40084d05, IoctlDirection::kIn, IoctlShape::kMtdErase, 8},         // MEMLOCK: an erase_info_user
    {0x40084d06, IoctlDirection::kIn, IoctlShape::kMtdErase, 8},         // MEMUNLOCK
    {0xc0104d08, IoctlDirection::kIn, IoctlShape::kMtdRegionInfo, 16},   // MEMGETREGIONINFO: the index asked
    {0xc0104d03, IoctlDirection::kIn, IoctlShape::kMtdOobBuf, 16},       // MEMWRITEOOB
    {0xc0104d04, IoctlDirection::kIn, IoctlShape::kMtdOobBuf, 16},       // MEMREADOOB
    {0x40084d0b, IoctlDirection::kIn, IoctlShape::kUint64, 8},           // MEMGETBADBLOCK: a loff_t
    {0x40084d0c, IoctlDirection::kIn, IoctlShape::kUint64, 8},           // MEMSETBADBLOCK
    {0x80044d0d, IoctlDirection::kIn, IoctlShape::kMtdOtpMode, 4},       // OTPSELECT: read by the kernel
    {0x40986f00, IoctlDirection::kIn, IoctlShape::kUbiMkvol, 152},       // UBI_IOCMKVOL (<mtd/ubi-user.h>)
    {0x40046f01, IoctlDirection::kIn, IoctlShape::kInt, 4},              // UBI_IOCRMVOL: the volume id
    {0x400c6f02, IoctlDirection::kIn, IoctlShape::kUbiRsvol, 12},        // UBI_IOCRSVOL
    {0x40186f40, IoctlDirection::kIn, IoctlShape::kUbiAttach, 24},       // UBI_IOCATT
    {0x40046f41, IoctlDirection::kIn, IoctlShape::kInt, 4},              // UBI_IOCDET: the device number
    {0x40084f00, IoctlDirection::kIn, IoctlShape::kUint64, 8},           // UBI_IOCVOLUP: the bytes to write
    {0x4020ae46, IoctlDirection::kIn, IoctlShape::kKvmMemoryRegion, 32}, // KVM_SET_USER_MEMORY_REGION (<linux/kvm.h>)
    {0x8090ae81, IoctlDirection::kOut, IoctlShape::kKvmRegs, 144},       // KVM_GET_REGS
    {0x4090ae82, IoctlDirection::kIn, IoctlShape::kKvmRegs, 144},        // KVM_SET_REGS
    {0x8138ae83, IoctlDirection::kOut, IoctlShape::kKvmSregs, 312},      // KVM_GET_SREGS: struct kvm_sregs
    {0x4138ae84, IoctlDirection::kIn, IoctlShape::kKvmSregs, 312},       // KVM_SET_SREGS
    {0x4008ae90, IoctlDirection::kIn, IoctlShape::kKvmCpuid2, 8},        // KVM_SET_CPUID2: its header
    {0x4b46, IoctlDirection::kIn, IoctlShape::kKdKbentryGet, 4},         // KDGKBENT (<linux/kd.h>): what is asked
    {0x4b47, IoctlDirection::kIn, IoctlShape::kKdKbentrySet, 4},         // KDSKBENT
    {0x4b48, IoctlDirection::kIn, IoctlShape::kKdKbsentryGet, 1},        // KDGKBSENT: the key asked
    {0x4b49, IoctlDirection::kIn, IoctlShape::kKdKbsentrySet, 513},      // KDSKBSENT: the key and its string
    {0x4b72, IoctlDirection::kIn, IoctlShape::kKdFontOp, 32},            // KDFONTOP
    {0xc138fd00, IoctlDirection::kIn, IoctlShape::kDmIoctl, 312, 0xffffffe0},  // DM_VERSION .. (<linux/dm-ioctl.h>)
    // <linux/btrfs.h>: each struct as the kernel reads it, whole (strace reads as much); shown as at entry
    {0x50009401, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_SNAP_CREATE
    {0x50009402, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_DEFRAG
    {0x50009403, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_RESIZE
    {0x50009404, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_SCAN_DEV
    {0x50009405, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_FORGET_DEV
    {0x5000940a, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_ADD_DEV
    {0x5000940b, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_RM_DEV
    {0x5000940c, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_BALANCE
    {0x5000940e, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_SUBVOL_CREATE
    {0x5000940f, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_SNAP_DESTROY
    {0x90009427, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgs, 4096},     // BTRFS_IOC_DEVICES_READY
    {0x50009417, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgsV2, 4096},   // BTRFS_IOC_SNAP_CREATE_V2
    {0x50009418, IoctlDirection::kIn, IoctlShape::kBtrfsVolArgsV2, 4096},   // BTRFS_IOC_SUBVOL_CREATE_V2
    {0xd0009411, IoctlDirection::kIn, IoctlShape::kBtrfsSearchKey, 4096},   // BTRFS_IOC_TREE_SEARCH: the key
    {0xd0009412, IoctlDirection::kIn, IoctlShape::kBtrfsInoLookup, 4096},   // BTRFS_IOC_INO_LOOKUP
    {0xc0109414, IoctlDirection::kIn, IoctlShape::kBtrfsSpaceArgs, 16},     // BTRFS_IOC_SPACE_INFO: space_slots
    {0x40309439, IoctlDirection::kIn, IoctlShape::kBtrfsFeatures, 48},      // BTRFS_IOC_SET_FEATURES: flags and mask
    {0xc0109428, IoctlDirection::kIn, IoctlShape::kBtrfsQuotaCtl, 16},      // BTRFS_IOC_QUOTA_CTL
    {0x40189429, IoctlDirection::kIn, IoctlShape::kBtrfsQgroupAssign, 24},  // BTRFS_IOC_QGROUP_ASSIGN
    {0xc400941b, IoctlDirection::kIn, IoctlShape::kBtrfsScrub, 1024},       // BTRFS_IOC_SCRUB
    {0xc400941d, IoctlDirection::kIn, IoctlShape::kBtrfsDevid, 1024},       // BTRFS_IOC_SCRUB_PROGRESS: the devid
    {0xd000941e, IoctlDirection::kIn, IoctlShape::kBtrfsDevInfo, 4096},     // BTRFS_IOC_DEV_INFO: devid, uuid
    {0x40089413, IoctlDirection::kIn, IoctlShape::kUint64, 8},              // BTRFS_IOC_DEFAULT_SUBVOL: the subvolume id
    {0x40089416, IoctlDirection::kIn, IoctlShape::kUint64, 8},              // BTRFS_IOC_WAIT_SYNC: the transid
    {0x80089418, IoctlDirection::kOut, IoctlShape::kUint64, 8},             // BTRFS_IOC_START_SYNC
    // <scsi/sg.h>: the setters that read an int: SET_TIMEOUT, SET_COMMAND_Q, SET_RESERVED_SIZE,
    // SET_FORCE_LOW_DMA, SET_FORCE_PACK_ID, SET_DEBUG, NEXT_CMD_LEN, SET_KEEP_ORPHAN
    {0x2201, IoctlDirection::kIn, IoctlShape::kInt, 4}, {0x2271, IoctlDirection::kIn, IoctlShape::kInt, 4},
    {0x2275, IoctlDirection::kIn, IoctlShape::kInt, 4}, {0x2279, IoctlDirection::kIn, IoctlShape::kInt, 4},
    {0x227b, IoctlDirection::kIn, IoctlShape::kInt, 4}, {0x227e, IoctlDirection::kIn, IoctlShape::kInt, 4},
    {0x2283, IoctlDirection::kIn, IoctlShape::kInt, 4}, {0x2287, IoctlDirection::kIn, IoctlShape::kInt, 4},
    {0xc0405602, IoctlDirection::kIn, IoctlShape::kV4l2Fmtdesc, 8},      // VIDIOC_ENUM_FMT (<linux/videodev2.h>)
    {0xc0d05604, IoctlDirection::kIn, IoctlShape::kV4l2Format, 4},       // VIDIOC_G_FMT: the type asked
    {0xc0d05605, IoctlDirection::kIn, IoctlShape::kV4l2Format, 36},      // VIDIOC_S_FMT: type, then fmt.pix at 8
    {0xc0d05640, IoctlDirection::kIn, IoctlShape::kV4l2Format, 36},      // VIDIOC_TRY_FMT
    {0xc0145608, IoctlDirection::kIn, IoctlShape::kV4l2Reqbufs, 12},     // VIDIOC_REQBUFS
    {0xc0585609, IoctlDirection::kIn, IoctlShape::kV4l2Buffer, 8},       // VIDIOC_QUERYBUF
    {0xc008561c, IoctlDirection::kIn, IoctlShape::kV4l2Control, 8},      // VIDIOC_S_CTRL
    {0xc0445624, IoctlDirection::kIn, IoctlShape::kV4l2ControlId, 4},    // VIDIOC_QUERYCTRL
    {0xc0cc5615, IoctlDirection::kIn, IoctlShape::kV4l2TypeOnly, 4},     // VIDIOC_G_PARM
    {0xc014563b, IoctlDirection::kIn, IoctlShape::kV4l2TypeOnly, 4},     // VIDIOC_G_CROP
    {0xc050561a, IoctlDirection::kIn, IoctlShape::kV4l2Index, 4},        // VIDIOC_ENUMINPUT
    {0x40045612, IoctlDirection::kIn, IoctlShape::kV4l2BufType, 4},      // VIDIOC_STREAMON
    {0x40045613, IoctlDirection::kIn, IoctlShape::kV4l2BufType, 4},      // VIDIOC_STREAMOFF
    {0xc0045627, IoctlDirection::kIn, IoctlShape::kInt, 4},              // VIDIOC_S_INPUT
    {0x40085618, IoctlDirection::kIn, IoctlShape::kV4l2Std, 8},          // VIDIOC_S_STD
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
    {0x894b, IoctlDirection::kOut, IoctlShape::kInt, 4},       // SIOCOUTQNSD
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
    {0x8927, IoctlDirection::kInOut, IoctlShape::kIfHwaddr, 40},  // SIOCGIFHWADDR
    {0x8924, IoctlDirection::kIn, IoctlShape::kIfHwaddr, 40},     // SIOCSIFHWADDR
    {0x8970, IoctlDirection::kInOut, IoctlShape::kIfMap, 40},     // SIOCGIFMAP
    {0x8971, IoctlDirection::kIn, IoctlShape::kIfMap, 40},        // SIOCSIFMAP
    // the ifreq setters: what the caller filled, printed at entry
    {0x8916, IoctlDirection::kIn, IoctlShape::kIfAddr, 40},       // SIOCSIFADDR
    {0x8918, IoctlDirection::kIn, IoctlShape::kIfAddr, 40},       // SIOCSIFDSTADDR
    {0x891a, IoctlDirection::kIn, IoctlShape::kIfAddr, 40},       // SIOCSIFBRDADDR
    {0x891c, IoctlDirection::kIn, IoctlShape::kIfAddr, 40},       // SIOCSIFNETMASK
    {0x891e, IoctlDirection::kIn, IoctlShape::kIfInt, 40},        // SIOCSIFMETRIC
    {0x8922, IoctlDirection::kIn, IoctlShape::kIfMtu, 40},        // SIOCSIFMTU
    {0x8943, IoctlDirection::kIn, IoctlShape::kIfInt, 40},        // SIOCSIFTXQLEN
    {0x8923, IoctlDirection::kIn, IoctlShape::kIfNewname, 40},    // SIOCSIFNAME
    {0x8929, IoctlDirection::kInOut, IoctlShape::kIfSlave, 40},   // SIOCGIFSLAVE
    {0x8930, IoctlDirection::kIn, IoctlShape::kIfSlave, 40},      // SIOCSIFSLAVE
    {0x8931, IoctlDirection::kIn, IoctlShape::kIfHwaddr, 40},     // SIOCADDMULTI
    {0x8932, IoctlDirection::kIn, IoctlShape::kIfHwaddr, 40},     // SIOCDELMULTI
    {0x8937, IoctlDirection::kIn, IoctlShape::kIfHwaddr, 40},     // SIOCSIFHWBROADCAST
    {0x89a2, IoctlDirection::kIn, IoctlShape::kIfIndex, 40},      // SIOCBRADDIF (<linux/sockios.h>)
    {0x89a3, IoctlDirection::kIn, IoctlShape::kIfIndex, 40},      // SIOCBRDELIF
    {0x8925, IoctlDirection::kOut, IoctlShape::kInt, 4},          // SIOCGIFENCAP: an int
    {0x8926, IoctlDirection::kIn, IoctlShape::kInt, 4},           // SIOCSIFENCAP
    // <linux/loop.h>: struct loop_info (168 bytes), loop_info64 (232), loop_config (304)
    {0x4c02, IoctlDirection::kIn, IoctlShape::kLoopInfo, 168},    // LOOP_SET_STATUS
    {0x4c03, IoctlDirection::kOut, IoctlShape::kLoopInfo, 168},   // LOOP_GET_STATUS
    {0x4c04, IoctlDirection::kIn, IoctlShape::kLoopInfo64, 232},  // LOOP_SET_STATUS64
    {0x4c05, IoctlDirection::kOut, IoctlShape::kLoopInfo64, 232}, // LOOP_GET_STATUS64
    {0x4c0a, IoctlDirection::kIn, IoctlShape::kLoopConfig, 304},  // LOOP_CONFIGURE
    // BLKPG (<linux/blkpg.h>): blkpg_ioctl_arg {int op, flags, datalen; void* data} (24 bytes);
    // data points to a blkpg_partition (152 bytes)
    {0x1269, IoctlDirection::kIn, IoctlShape::kBlkpg, 24, 0xffffffff, {IoctlTailKind::kPointee, 16, kNoField, 8, 152}},
    // FS_IOC_FIEMAP (<linux/fiemap.h>): struct fiemap (32 bytes), then fm_mapped_extents (offset 20,
    // as the kernel left it) fiemap_extents of 56 bytes
    {0xc020660b, IoctlDirection::kInOut, IoctlShape::kFiemap, 32, 0xffffffff, {IoctlTailKind::kCountedArray, kNoField, 20, 4, 56}},
    {0x801c581f, IoctlDirection::kOut, IoctlShape::kFsxattr, 28},  // FS_IOC_FSGETXATTR (<linux/fs.h>)
    {0x401c5820, IoctlDirection::kIn, IoctlShape::kFsxattr, 28},   // FS_IOC_FSSETXATTR
    {0x81009431, IoctlDirection::kOut, IoctlShape::kFsLabel, 256, 0xffffffff, kStringTail},  // FS_IOC_GETFSLABEL: char[FSLABEL_MAX]
    {0x41009432, IoctlDirection::kIn, IoctlShape::kFsLabel, 256, 0xffffffff, kStringTail},   // FS_IOC_SETFSLABEL
    {0x4020940d, IoctlDirection::kIn, IoctlShape::kFileCloneRange, 32},  // FICLONERANGE: struct file_clone_range
    // FIDEDUPERANGE: struct file_dedupe_range (24 bytes), then dest_count (u16 at 16) infos of 32 bytes
    {0xc0189436, IoctlDirection::kInOut, IoctlShape::kFileDedupeRange, 24, 0xffffffff, {IoctlTailKind::kCountedArray, 16, 16, 2, 32}},
    {0xc0185879, IoctlDirection::kInOut, IoctlShape::kFstrimRange, 24},  // FITRIM: struct fstrim_range
    // RNDADDENTROPY (<linux/random.h>): rand_pool_info {int entropy_count, buf_size; u32 buf[]}: buf_size bytes
    {0x40085203, IoctlDirection::kIn, IoctlShape::kRandPoolInfo, 8, 0xffffffff, {IoctlTailKind::kCountedArray, 4, kNoField, 4, 1}},
    {0x40082406, IoctlDirection::kIn, IoctlShape::kFilterString, 0, 0xffffffff, kStringTail},  // PERF_EVENT_IOC_SET_FILTER
    {0xc0182101, IoctlDirection::kIn, IoctlShape::kSeccompNotifResp, 24},  // SECCOMP_IOCTL_NOTIF_SEND (read only)
    {0x40182103, IoctlDirection::kIn, IoctlShape::kSeccompNotifAddfd, 24},  // SECCOMP_IOCTL_NOTIF_ADDFD
};

inline constexpr const IoctlTransfer* FindIoctlTransfer(uint64_t request) {
  for (const IoctlTransfer& t : kIoctlTransfers)
    if ((static_cast<uint32_t>(request) & t.mask) == t.request) return &t;
  return nullptr;
}

// Where a transfer's tail is and how many of its bytes to copy, from the
// header as copied in this phase (`size` bytes): the elements a count field
// says (at most the -s limit plus one bytes of a byte buffer, at most
// kIoctlTailMaxElements elements), or the struct a pointer field points to
// (not below 4096). {0, 0} when there is none. `truncated`: the count asked for more.
struct IoctlTailSpan { uint64_t address = 0, bytes = 0; bool truncated = false; };
inline constexpr IoctlTailSpan IoctlTailOf(const IoctlTransfer& t, uint64_t arg, const uint8_t* header, bool at_exit,
                                           uint32_t string_limit) {
  const IoctlTail& tail = t.tail;
  uint8_t at = at_exit ? tail.exit_field : tail.entry_field;
  bool pointee = tail.kind == IoctlTailKind::kPointee, pointed = tail.kind == IoctlTailKind::kPointedArray;
  if ((!pointee && !pointed && tail.kind != IoctlTailKind::kCountedArray) || at == kNoField) return {};
  uint64_t field = 0;
  for (unsigned i = 0; i < (pointee ? 8u : tail.count_bytes) && at + i < t.size; ++i) field |= uint64_t{header[at + i]} << (8 * i);
  constexpr uint64_t kPage = 4096;  // tiny pointers are not followed (page 0 may hold the interposer's trampoline)
  if (pointee) return field < kPage ? IoctlTailSpan{} : IoctlTailSpan{field, tail.element, false};
  if (pointed) {  // a length in bytes (a signed int: negative is none), whole elements of it
    uint64_t address = 0;
    for (unsigned i = 0; i < 8u && tail.pointer_field + i < t.size; ++i) address |= uint64_t{header[tail.pointer_field + i]} << (8 * i);
    uint64_t count = (field >> (8 * tail.count_bytes - 1)) & 1 ? 0 : field / tail.element;
    if (address < kPage || count == 0) return {};
    return {address, (count < kIoctlTailMaxElements ? count : kIoctlTailMaxElements) * tail.element, count > kIoctlTailMaxElements};
  }
  uint64_t limit = tail.element == 1 ? uint64_t{string_limit} + 1 : kIoctlTailMaxElements;
  return {arg + t.size, (field < limit ? field : limit) * tail.element, field > limit};
}

// -y: the fds an ioctl argument carries, resolved to paths at entry into the
// slots kFdListArg0.. (capture_format.h), as strace decorates them: the
// argument itself when it is an fd, an int at `offset` of the struct, or an
// int at `offset` of each tail element (the first kFdListMax).
enum class IoctlFdPlace : uint8_t { kValue, kHeader, kElements };
struct IoctlFd { uint32_t request; IoctlFdPlace place; uint8_t offset = 0; };
inline constexpr IoctlFd kIoctlFds[] = {
    {0x4c00, IoctlFdPlace::kValue},        // LOOP_SET_FD
    {0x4c06, IoctlFdPlace::kValue},        // LOOP_CHANGE_FD
    {0x2405, IoctlFdPlace::kValue},        // PERF_EVENT_IOC_SET_OUTPUT
    {0x40042408, IoctlFdPlace::kValue},    // PERF_EVENT_IOC_SET_BPF
    {0x4c0a, IoctlFdPlace::kHeader, 0},    // LOOP_CONFIGURE: loop_config's fd
    {0x4020940d, IoctlFdPlace::kHeader, 0},  // FICLONERANGE: src_fd (an s64; its low int)
    {0xc0189436, IoctlFdPlace::kElements, 0},  // FIDEDUPERANGE: each info's dest_fd
    {0x40182103, IoctlFdPlace::kHeader, 12},   // SECCOMP_IOCTL_NOTIF_ADDFD: srcfd (not newfd: a number to be)
};
inline constexpr const IoctlFd* FindIoctlFd(uint64_t request) {
  for (const IoctlFd& d : kIoctlFds)
    if (static_cast<uint32_t>(request) == d.request) return &d;
  return nullptr;
}

// Where the struct fds of an entry are: `count` ints, the first at `first`,
// `stride` bytes apart; `header` is the struct's fixed part as copied at
// entry (for the elements' count). kValue has none (the argument is the fd).
struct IoctlFdRun { uint64_t first = 0, stride = 0, count = 0; };
inline constexpr IoctlFdRun IoctlFdRunOf(const IoctlFd& d, uint64_t arg, const uint8_t* header, uint32_t string_limit) {
  const IoctlTransfer* t = FindIoctlTransfer(d.request);
  if (d.place == IoctlFdPlace::kValue || t == nullptr || arg == 0) return {};
  if (d.place == IoctlFdPlace::kHeader) return {arg + d.offset, 0, 1};
  IoctlTailSpan span = IoctlTailOf(*t, arg, header, false, string_limit);
  uint64_t count = t->tail.element != 0 ? span.bytes / t->tail.element : 0;
  return {arg + t->size + d.offset, t->tail.element, count < kFdListMax ? count : kFdListMax};
}

constexpr bool TailHeadersFit() {
  for (const IoctlTransfer& t : kIoctlTransfers)
    if (t.tail.kind != IoctlTailKind::kNone && t.tail.kind != IoctlTailKind::kString && t.size > kIoctlHeaderMax) return false;
  return true;
}
static_assert(TailHeadersFit(), "a header followed by a tail is read into kIoctlHeaderMax bytes");

}  // namespace lzp::proto
