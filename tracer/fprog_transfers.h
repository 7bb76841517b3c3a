// tracer/fprog_transfers.h — where a classic BPF program is passed
// (<linux/filter.h> struct sock_fprog {u16 len; struct sock_filter *filter}
// of 16 bytes, each instruction 8 bytes): setsockopt(SOL_SOCKET,
// SO_ATTACH_FILTER or SO_ATTACH_REUSEPORT_CBPF) with a 16-byte value,
// seccomp(SECCOMP_SET_MODE_FILTER) and prctl(PR_SET_SECCOMP,
// SECCOMP_MODE_FILTER). strace shows the instructions under -v, so both
// capturers copy, at entry, the sock_fprog as argument kFprogArg and its
// first kFprogMaxInstructions instructions as kFprogInstructionsArg; and
// getsockopt(SOL_SOCKET, SO_GET_FILTER) at exit, after a success, the
// program it wrote back (its optlen, read back, counts instructions) as
// kFprogInstructionsArg at exit. Shared by the interposer and the ptrace
// companion; tiny pointers are not followed.
#pragma once

#include <cstdint>
#include <sys/syscall.h>

namespace lzp::proto {

inline constexpr uint8_t kFprogArg = 99, kFprogInstructionsArg = 100;
inline constexpr uint32_t kFprogSize = 16, kFprogMaxInstructions = 2048, kSockFilterSize = 8;

// The argument holding a struct sock_fprog pointer, or -1.
inline int FprogArgOf(uint64_t nr, const uint64_t args[6]) {
  constexpr uint64_t kSolSocket = 1, kSoAttachFilter = 26, kSoAttachReuseportCbpf = 51;
  constexpr uint64_t kSeccompSetModeFilter = 1, kPrSetSeccomp = 22, kSeccompModeFilter = 2;
  int arg = -1;
  if (nr == SYS_setsockopt && static_cast<uint32_t>(args[1]) == kSolSocket &&
      (static_cast<uint32_t>(args[2]) == kSoAttachFilter || static_cast<uint32_t>(args[2]) == kSoAttachReuseportCbpf) &&
      static_cast<uint32_t>(args[4]) == kFprogSize)
    arg = 3;
  if (nr == SYS_seccomp && static_cast<uint32_t>(args[0]) == kSeccompSetModeFilter) arg = 2;
  if (nr == SYS_prctl && args[0] == kPrSetSeccomp && args[1] == kSeccompModeFilter) arg = 2;
  return arg >= 0 && args[arg] >= 4096 ? arg : -1;
}

// getsockopt's answer of SO_GET_FILTER: the instructions to copy from optval
// given the count the kernel left in *optlen, or 0.
inline uint64_t GetFilterBytes(uint64_t nr, const uint64_t args[6], uint32_t count) {
  constexpr uint64_t kSolSocket = 1, kSoGetFilter = 26;
  if (nr != SYS_getsockopt || static_cast<uint32_t>(args[1]) != kSolSocket || static_cast<uint32_t>(args[2]) != kSoGetFilter ||
      args[3] < 4096)
    return 0;
  return uint64_t{count < kFprogMaxInstructions ? count : kFprogMaxInstructions} * kSockFilterSize;
}

}  // namespace lzp::proto
