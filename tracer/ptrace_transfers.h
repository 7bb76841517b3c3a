// tracer/ptrace_transfers.h — what ptrace(request, pid, addr, data) reads or
// writes through `data` that strace shows (<linux/ptrace.h>,
// <asm/ptrace-abi.h>), for the interposer and the ptrace companion, which
// copy the same bytes as argument 3 for the CLI's ptrace decoder:
//   at entry: SETREGS's struct user_regs_struct (kUserRegsBytes),
//     GETREGSET/SETREGSET's struct iovec (16 bytes), SETSIGMASK's
//     sigset (when addr, its size, is 8), SETSIGINFO's siginfo (128 bytes);
//   at exit, after a success: the word PEEKTEXT/PEEKDATA/PEEKUSER and
//     GETEVENTMSG stored (8 bytes), GETSIGINFO's siginfo, GETSIGMASK's
//     sigset (addr 8), GETREGSET's iovec as the kernel shortened it — and
//     then, as argument kPtraceRegsArg, the NT_PRSTATUS registers it wrote
//     (struct user_regs_struct, as far as iov_len, at most kUserRegsBytes);
//     GET_SYSCALL_INFO's struct ptrace_syscall_info as far as addr (its
//     size) says, at most kSyscallInfoBytes.
// And through `addr`, at entry, as argument 2: PEEKSIGINFO's struct
// ptrace_peeksiginfo_args (PtraceAddrBytes).
// Tiny pointers are not followed.
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp::proto {

inline constexpr uint8_t kPtraceRegsArg = 101;  // after fprog_transfers.h's 99 and ioctl_transfers.h's 100
inline constexpr uint32_t kUserRegsBytes = 27 * 8;  // struct user_regs_struct (<sys/user.h>)
inline constexpr uint64_t kNtPrstatus = 1;
inline constexpr uint32_t kSyscallInfoBytes = 88;  // struct ptrace_syscall_info (<linux/ptrace.h>)

enum PtraceRequest : uint64_t {
  kPtracePeekText = 1, kPtracePeekData = 2, kPtracePeekUser = 3, kPtraceSetRegs = 13, kPtraceGetEventMsg = 0x4201,
  kPtraceGetSigInfo = 0x4202, kPtraceSetSigInfo = 0x4203, kPtraceGetRegset = 0x4204, kPtraceSetRegset = 0x4205,
  kPtraceGetSigMask = 0x420a, kPtraceSetSigMask = 0x420b, kPtraceGetSyscallInfo = 0x420e, kPtracePeekSigInfo = 0x4209,
};
inline constexpr uint32_t kPeekSigInfoArgsBytes = 16;  // struct ptrace_peeksiginfo_args: u64 off, u32 flags, s32 nr

// Bytes to copy from `addr` for this request at this phase, or 0.
inline constexpr uint32_t PtraceAddrBytes(uint64_t request, uint64_t addr, uint8_t phase) {
  return phase == kAtEntry && request == kPtracePeekSigInfo && addr >= 4096 ? kPeekSigInfoArgsBytes : 0;
}

// Bytes to copy from `data` for this request at this phase, or 0.
inline constexpr uint32_t PtraceDataBytes(uint64_t request, uint64_t addr, uint64_t data, uint8_t phase) {
  if (data < 4096) return 0;
  if (phase == kAtEntry) {
    switch (request) {
      case kPtraceSetRegs: return kUserRegsBytes;
      case kPtraceGetRegset: case kPtraceSetRegset: return 16;
      case kPtraceSetSigMask: return addr == 8 ? 8 : 0;
      case kPtraceSetSigInfo: return 128;
      default: return 0;
    }
  }
  switch (request) {
    case kPtracePeekText: case kPtracePeekData: case kPtracePeekUser: case kPtraceGetEventMsg: return 8;
    case kPtraceGetSigInfo: return 128;
    case kPtraceGetSigMask: return addr == 8 ? 8 : 0;
    case kPtraceGetRegset: return 16;
    case kPtraceGetSyscallInfo: return addr < kSyscallInfoBytes ? static_cast<uint32_t>(addr) : kSyscallInfoBytes;
    default: return 0;
  }
}

// GETREGSET of NT_PRSTATUS at exit: how many register bytes to copy from
// the iovec's base, given the iovec the kernel left.
inline constexpr uint64_t PtraceRegsBytes(uint64_t request, uint64_t addr, uint64_t iov_len) {
  if (request != kPtraceGetRegset || addr != kNtPrstatus) return 0;
  return iov_len < kUserRegsBytes ? iov_len : kUserRegsBytes;
}

}  // namespace lzp::proto
