// tracer/capture.h — what the interposer copies out of the tracee so the CLI
// can decode arguments, and the payload format it appends to a record.
//
// kCaptureSpecs (generated from syscalltable/syscalls.tbl and structs.tbl)
// says, for each syscall argument, whether it points at something worth
// copying and how to size it. Inputs are copied before the syscall runs,
// outputs after it succeeds; every copy goes through asm/safe_copy.S, so a bad
// pointer is recorded as "unreadable" (the CLI prints the address, as strace
// does) and never crashes the application.
//
// Payload, after the SyscallRecord: a sequence of chunks, each an 8-byte
// CaptureChunk followed by `length` bytes padded to a multiple of 8.
#pragma once

#include <sys/ucontext.h>

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp {

enum class CaptureOp : uint8_t {
  kNone, kPath, kString, kInBuf, kOutBuf, kInIovec, kOutIovec,
  kInStruct, kOutStruct, kInOutStruct, kArgv, kEnvp, kDirentCount, kOutPath,
  kFd,  // a file descriptor: with -y, the path it refers to (readlink of /proc/self/fd/N)
  kIoctlArg,  // ioctl's third argument: copied as ioctl_transfers.h says for the request
  kFcntlArg,  // fcntl's third argument: a struct for some commands (FcntlStructOf)
  kRemaining, // a struct the kernel writes only when a signal interrupts the call (nanosleep's rem)
  kAddrIovec, // an iovec array whose bases are not ours to read: bases and lengths at entry
};
enum class Sizing : uint8_t { kFixed, kBytesFromArg, kCountFromArg, kBitsFromArg, kPagesFromArg };  // pages: a byte per 4 KiB

struct ArgCapture {
  CaptureOp op;
  int8_t param;    // argument holding the length/count, or -1
  Sizing sizing;
  uint8_t deref;   // the param argument is a pointer to the length (socklen_t*)
  uint16_t size;   // fixed size, element size, or maximum
  uint8_t wide;    // the param argument is 64 bits (size_t, long: syscalls.tbl's kind), else the kernel reads 32
};
struct SyscallCapture {
  ArgCapture args[6];
  uint8_t returns_fd;  // with -y, the returned fd's path too
  uint8_t pointer_args;  // bit i: argument i is an address (its kind in syscalls.tbl), whether or not it is copied
};

inline constexpr int kCaptureTableSize = 451;

// The fcntl commands whose argument points at a struct (<asm-generic/fcntl.h>):
// the lock commands' struct flock (32 bytes on x86-64) is read by the kernel,
// and written back by F_GETLK and F_OFD_GETLK; F_SETOWN_EX reads a struct
// f_owner_ex (8 bytes), F_GETOWN_EX writes one. size 0: not such a command.
struct FcntlTransfer { uint8_t size; bool in, out; };
inline FcntlTransfer FcntlStructOf(uint64_t cmd) {
  switch (static_cast<uint32_t>(cmd)) {
    case 6: case 7: case 37: case 38: return {32, true, false};  // F_SETLK F_SETLKW F_OFD_SETLK F_OFD_SETLKW
    case 5: case 36: return {32, true, true};                    // F_GETLK F_OFD_GETLK
    case 15: return {8, true, false};                            // F_SETOWN_EX
    case 16: return {8, false, true};                            // F_GETOWN_EX
  }
  return {0, false, false};
}
extern const SyscallCapture kCaptureSpecs[kCaptureTableSize];

// Does syscall nr take any argument that points at data (a capture op other than kFd)?
// (A bitmap computed once from kCaptureSpecs; cheap enough for every call.)
bool HasPointerArguments(uint64_t nr);

struct ThreadState;
struct EntryFrame;
inline constexpr uint32_t kCaptureLevels = 3;
inline constexpr uint32_t kNoCaptureLevel = kCaptureLevels;  // for records without captured data

// Starts the payload of the syscall at nesting `level` with its inputs.
void CaptureAtEntry(ThreadState* ts, const EntryFrame* f, uint32_t level);
// Adds its outputs (nothing if it failed).
void CaptureAtExit(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret);
// --handler: adds the note (NUL-terminated, at most `max` bytes) a handler attached to the call.
void CaptureHandlerNote(ThreadState* ts, uint32_t level, const char* note, uint32_t max);
// -k: adds a stack snapshot starting from `regs` to the payload at `level`.
void CaptureStack(ThreadState* ts, uint32_t level, const proto::StackSnapshot& regs);
// The registers of the application in a signal context: if the context is
// inside the interposer, those of the syscall it was handling (the one at
// nesting depth `depth`, counting from 1).
proto::StackSnapshot ApplicationStack(const ThreadState* ts, const greg_t* gregs, uint32_t depth);
// The payload so far (size 0 if none).
const uint8_t* CapturedPayload(ThreadState* ts, uint32_t level, uint32_t* size);

}  // namespace lzp
