// tracer/capture_format.h — the payload chunk layout (see capture.h). Shared
// with the CLI, which must treat every field as untrusted.
#pragma once

#include <cstdint>

namespace lzp::proto {

enum CapturePhase : uint8_t {
  kAtEntry = 0,
  kAtExit = 1,
  kFdPath = 2,  // -y: the path an fd argument refers to; arg 6 is the returned fd
  kInstructionPointer = 3,  // -i: 8 bytes, the address after the syscall instruction (arg 0)
  kStackSnapshot = 4,       // -k: a StackSnapshot, then the stack's bytes from its rsp up (arg 0)
};
// What an unwinder needs of the registers at the syscall: where it returns
// to, the stack pointer, and the callee-saved registers.
struct StackSnapshot {
  uint64_t rip, rsp, rbp, rbx, r12, r13, r14, r15;
};
static_assert(sizeof(StackSnapshot) == 64);
inline constexpr uint32_t kStackSnapshotBytes = 8192;
inline constexpr uint8_t kReturnArg = 6;
// -y: the two fds pipe/pipe2/socketpair return in their array.
inline constexpr uint8_t kPairArg0 = 7, kPairArg1 = 8;
// sendmsg/recvmsg: what the msghdr (argument 1) points to — the address
// (bytes), the iovec array with its data (as for writev), the control data.
inline constexpr uint8_t kMsgNameArg = 9, kMsgIovArg = 10, kMsgControlArg = 11;
inline constexpr uint32_t kMsgNameMax = 128, kMsgControlMax = 512;
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

}  // namespace lzp::proto
