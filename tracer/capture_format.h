// tracer/capture_format.h — the payload chunk layout (see capture.h). Shared
// with the CLI, which must treat every field as untrusted.
#pragma once

#include <cstdint>

namespace lzp::proto {

// A result that says a signal interrupted the call: EINTR, or one of the
// kernel's restart codes (ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND,
// ERESTART_RESTARTBLOCK). Only then does a sleep write the time it had left.
inline bool InterruptedBySignal(int64_t ret) {
  return ret == -4 || ret == -512 || ret == -513 || ret == -514 || ret == -516;
}

// futex(2)'s fourth argument is a struct timespec (16 bytes, copied at entry
// as argument 3) only for the waiting operations (<linux/futex.h>: WAIT,
// LOCK_PI, WAIT_BITSET, WAIT_REQUEUE_PI, LOCK_PI2, with or without the
// PRIVATE and CLOCK_REALTIME bits); for the others the register holds a
// number. The interposer, the ptrace companion and the CLI ask this.
inline constexpr bool FutexTakesTimeout(uint64_t op) {
  uint32_t cmd = static_cast<uint32_t>(op) & ~uint32_t{128 | 256};
  return cmd == 0 || cmd == 6 || cmd == 9 || cmd == 11 || cmd == 13;
}
inline constexpr uint32_t kFutexTimeoutArg = 3, kFutexTimeoutBytes = 16;

// fsconfig(fd, FSCONFIG_SET_BINARY, key, value, aux) (<linux/mount.h>): the
// value is aux bytes, NULs among them, not a string: copied as bytes (at
// most -s plus one; none for a negative aux) where the table says string.
inline constexpr bool FsconfigBinary(uint64_t nr, int arg, uint64_t cmd) {
  return nr == 431 && arg == 3 && static_cast<uint32_t>(cmd) == 2;  // fsconfig's value
}
inline constexpr uint64_t FsconfigBinaryBytes(uint64_t aux, uint32_t string_limit) {
  int32_t n = static_cast<int32_t>(aux);
  return n <= 0 ? 0 : static_cast<uint64_t>(n) < uint64_t{string_limit} + 1 ? static_cast<uint64_t>(n) : uint64_t{string_limit} + 1;
}

// struct file_handle (<linux/fcntl.h> MAX_HANDLE_SZ): the 8-byte header
// (u32 handle_bytes, int handle_type), then as many bytes of f_handle as
// handle_bytes says, at most 128 — the argument FileHandleArg names.
// open_by_handle_at's whole at entry; name_to_handle_at's header at entry,
// and the whole as the kernel filled it at exit after a success or
// EOVERFLOW (which writes the size needed). Tiny pointers are not followed.
inline constexpr uint32_t kFileHandleHeader = 8, kFileHandleMax = 128;
inline constexpr int FileHandleArg(uint64_t nr) { return nr == 303 ? 2 : nr == 304 ? 1 : -1; }  // name_to_handle_at, open_by_handle_at
inline constexpr bool FileHandleWhole(uint64_t nr, uint8_t phase) { return nr == 304 || phase != 0; }
inline constexpr bool FileHandleAtExit(uint64_t nr, int64_t ret) { return nr == 303 && (ret >= 0 || ret == -75 /* EOVERFLOW */); }

// arch_prctl(ARCH_GET_FS or ARCH_GET_GS, addr) (<asm/prctl.h>): the base
// the kernel wrote at addr; ARCH_GET_XCOMP_SUPP, _PERM and _GUEST_PERM: the
// feature mask. 8 bytes copied at exit after a success as argument 1. Tiny
// pointers are not followed.
// A bit mask's bytes to copy (NUMA node masks: `bits` is maxnode, the
// kernel's unsigned long, all 64 bits): whole words, at most 16 or, for a
// longer -s, one more than -s shows (strace prints -s words, then "...").
inline constexpr uint64_t BitMaskBytes(uint64_t bits, uint64_t string_limit) {
  uint64_t words = bits / 64 + (bits % 64 != 0), most = string_limit + 1 > 16 ? string_limit + 1 : 16;
  return (words < most ? words : most) * 8;
}

inline constexpr bool ArchPrctlWritesCell(uint64_t code) {
  switch (static_cast<uint32_t>(code)) {
    case 0x1003: case 0x1004: case 0x1021: case 0x1022: case 0x1024: return true;
    default: return false;
  }
}

enum CapturePhase : uint8_t {
  kAtEntry = 0,
  kAtExit = 1,
  kFdPath = 2,  // -y: the path an fd argument refers to; arg 6 is the returned fd
  kInstructionPointer = 3,  // -i: 8 bytes, the address after the syscall instruction (arg 0)
  kStackSnapshot = 4,       // -k: a StackSnapshot, then the stack's bytes from its rsp up (arg 0)
  kFdDetails = 5,           // -yy: an FdDetails after a kFdPath of the same arg, then its data
  kHandlerNote = 6,         // --handler: the note a handler attached to the call, text without NUL (arg 0)
};
// -yy: what an fd is beyond its path. For a socket, `proto` is the kernel's
// protocol name (the "system.sockprotoname" xattr: "TCP", "UNIX-STREAM",
// ...) and the data is the sock_diag message describing it (an
// inet_diag_msg, unix_diag_msg or netlink_diag_msg with its attributes), if
// the kernel had one; for a device, its numbers; for a pidfd, its pid.
enum FdDetailsKind : uint32_t { kSocketDetails = 1, kCharDevice = 2, kBlockDevice = 3, kPidfd = 4 };
struct FdDetails {
  uint32_t kind;    // FdDetailsKind
  uint32_t major, minor;
  int32_t pid;
  uint64_t inode;
  char proto[32];   // NUL-terminated
};
static_assert(sizeof(FdDetails) == 56);
// What an unwinder needs of the registers at the syscall: where it returns
// to, the stack pointer, and the callee-saved registers.
struct StackSnapshot {
  uint64_t rip, rsp, rbp, rbx, r12, r13, r14, r15;
};
static_assert(sizeof(StackSnapshot) == 64);
inline constexpr uint32_t kStackSnapshotBytes = 32768;
inline constexpr uint8_t kReturnArg = 6;
// -y: the two fds pipe/pipe2/socketpair return in their array.
inline constexpr uint8_t kPairArg0 = 7, kPairArg1 = 8;
// sendmsg/recvmsg: what the msghdr (argument 1) points to — the address
// (bytes), the iovec array with its data (as for writev), the control data.
inline constexpr uint8_t kMsgNameArg = 9, kMsgIovArg = 10, kMsgControlArg = 11;
inline constexpr uint32_t kMsgNameMax = 128, kMsgControlMax = 512;
// -y: the paths of fds listed inside an argument, in the order they appear
// (arguments kFdListArg0 .. + kFdListMax - 1): the fds SCM_RIGHTS control
// messages carry, select's fd_sets (read, write, except; ascending), poll's
// pollfds.
inline constexpr uint8_t kFdListArg0 = 12;
inline constexpr uint32_t kFdListMax = 16;
// sendmmsg/recvmmsg: argument 1's mmsghdr array is captured whole (at most
// kMmsgMax entries of 64 bytes); message k's address, iovecs and control
// data are arguments kMmsgArg0 + 3k, + 3k + 1, + 3k + 2.
inline constexpr uint8_t kMmsgArg0 = 32;
inline constexpr uint32_t kMmsgMax = 16;
// bpf(2): what the attributes point to (tracer/capture.cc CaptureBpfPointee):
// BPF_PROG_LOAD's license, BPF_OBJ_PIN/GET's pathname, BPF_RAW_TRACEPOINT_OPEN's
// name, BPF_BTF_LOAD's btf bytes; at exit, *_GET_NEXT_ID's first 8 bytes of attributes.
inline constexpr uint8_t kBpfPointeeArg = 96;
// Which bpf commands' attributes point to what (<linux/bpf.h>), for the
// interposer and the ptrace companion alike: the pointer's offset in the
// attributes, and at exit which commands wrote an id (next_id, offset 4).
enum class BpfPointee : uint8_t { kNone, kString, kPath, kBtf };  // kBtf: btf_size (offset 16) bytes
struct BpfPointeeSpec { BpfPointee kind; uint8_t offset; };
constexpr BpfPointeeSpec BpfPointeeOf(uint64_t cmd) {
  switch (cmd) {
    case 5: return {BpfPointee::kString, 16};        // BPF_PROG_LOAD's license
    case 6: case 7: return {BpfPointee::kPath, 0};   // BPF_OBJ_PIN/BPF_OBJ_GET's pathname
    case 17: return {BpfPointee::kString, 0};        // BPF_RAW_TRACEPOINT_OPEN's name
    case 18: return {BpfPointee::kBtf, 0};           // BPF_BTF_LOAD's btf
  }
  return {BpfPointee::kNone, 0};
}
constexpr bool BpfWritesNextId(uint64_t cmd) { return cmd == 11 || cmd == 12 || cmd == 23 || cmd == 31; }  // *_GET_NEXT_ID
// io_pgetevents and pselect6: the signal mask their {sigmask, sigsetsize} struct points to.
inline constexpr uint8_t kAioSigmaskArg = 97;
// -v (proto::kWholeArrays): execve/execveat's environment strings, in argv's
// format (tracer/capture.cc CaptureArgv), beside the count of argument 2 (3);
// getdents/getdents64's buffer as the kernel filled it (at most
// kDirentBytesMax), beside the count of its entries.
inline constexpr uint8_t kEnvStringsArg = 102, kDirentBytesArg = 103;
// -e kvm=vcpu (proto::kKvmVcpu): at a successful KVM_RUN's exit, the 4 bytes
// of exit_reason in the vcpu's struct kvm_run (tracer/capture_kvm.cc).
// (After io_uring_transfers.h's 104 and 105.)
inline constexpr uint8_t kKvmExitReasonArg = 106;
inline constexpr uint32_t kKvmRunRequest = 0xae80, kKvmCreateVcpuRequest = 0xae41;  // KVM_RUN, KVM_CREATE_VCPU (<linux/kvm.h>)
inline constexpr uint32_t kDirentBytesMax = 32768;
// sendto/sendmsg (at entry) and recvfrom/recvmsg (at exit) on a netlink socket: an int32,
// the socket's netlink protocol, or kNetlinkUnbound for a socket with no
// port id yet (strace cannot tell its protocol then); the buffer is copied
// up to kNetlinkMessageMax bytes instead of -s (tracer/capture_netlink.cc).
inline constexpr uint8_t kNetlinkArg = 98;
inline constexpr int32_t kNetlinkUnbound = -1;
inline constexpr uint32_t kNetlinkMessageMax = 16384;
// io_submit: struct iocb k of its array (64 bytes) is argument kIocbArg0 + k,
// and what its aio_buf points to (IOCB_CMD_PWRITE's bytes; PREADV's and
// PWRITEV's iovec array, with PWRITEV's data) is kIocbDataArg0 + k, for the
// first kIocbMax iocbs.
inline constexpr uint8_t kIocbArg0 = 128, kIocbDataArg0 = 160;
inline constexpr uint32_t kIocbMax = 32;
static_assert(kIocbArg0 + kIocbMax == kIocbDataArg0 && kIocbDataArg0 + kIocbMax <= 256);
enum CaptureStatus : uint8_t {
  kCaptureOk = 0,
  kCaptureFaulted = 1,    // unreadable: print the pointer
  kCaptureTruncated = 2,  // there was more than was copied
};

struct CaptureChunk {
  uint8_t arg;     // argument index 0..5
  uint8_t phase;   // CapturePhase
  uint8_t status;  // CaptureStatus bits
  uint8_t pad;
  uint32_t length; // bytes of data that follow (then padding to 8)
};
static_assert(sizeof(CaptureChunk) == 8);

// Data of an iovec capture: per element, this header then `captured` bytes padded to 8.
struct CapturedIovec {
  uint64_t base;
  uint64_t len;
  uint32_t captured;
  uint32_t status;
};
static_assert(sizeof(CapturedIovec) == 24);

inline constexpr uint32_t kPathCaptureMax = 4096;

// An output buffer (syscalls.tbl's obuf) after success: the kernel filled it
// up to the result but never past its length, which a result may exceed
// (recvfrom's MSG_TRUNC returns the datagram's real length; strace shows the
// length's worth). A length of 0 is a size query (getxattr(..., 0) returns the
// value's size): then the result's worth, as strace reads it for getxattr.
constexpr uint64_t OutBufBytes(int64_t ret, uint64_t length) {
  uint64_t filled = static_cast<uint64_t>(ret);
  return length != 0 && length < filled ? length : filled;
}

}  // namespace lzp::proto
