// tracer/capture_writer.h — the capture primitives capture*.cc share: a
// Writer appending chunks (capture_format.h) to a thread's scratch level,
// and copies of strings, bytes, iovecs and fd paths into it. Interposer-
// internal; every copy goes through safe_copy.h.
#pragma once

#include <cstdint>

#include "tracer/capture.h"
#include "tracer/capture_format.h"
#include "tracer/thread_state.h"

namespace lzp::capture {

using proto::CaptureChunk;

constexpr uint32_t kLevelBytes = 56 * 1024;
constexpr uint32_t kMaxElements = 1024;

struct Writer {
  uint8_t* base;
  uint32_t* used;

  uint32_t Room() const {
    uint32_t taken = *used + sizeof(CaptureChunk) + 8;
    return taken >= kLevelBytes ? 0 : kLevelBytes - taken;
  }
  CaptureChunk* Begin(int arg, uint8_t phase) {
    auto* c = reinterpret_cast<CaptureChunk*>(base + *used);
    c->arg = static_cast<uint8_t>(arg);
    c->phase = phase;
    c->status = 0;
    c->pad = 0;
    c->length = 0;
    return c;
  }
  uint8_t* Data(CaptureChunk* c) { return reinterpret_cast<uint8_t*>(c + 1); }
  void End(CaptureChunk* c, uint32_t length, uint8_t status) {
    c->length = length;
    c->status = status;
    *used += sizeof(CaptureChunk) + ((length + 7) & ~7u);
  }
};

uint64_t Min(uint64_t a, uint64_t b);
uint32_t StringLimit();
// -e read=/write=: how much of a buffer to copy (all of it for a dumped fd).
uint64_t BufferLimit(const SyscallCapture& spec, const EntryFrame* f, bool reading);
void CaptureString(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t max);
void CaptureBytes(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t len, uint64_t limit);
void CaptureIovec(Writer& w, int arg, uint8_t phase, uint64_t ptr, uint64_t count, int64_t total, uint64_t bytes_limit);
// The /proc/self link of fd ("/proc/self/fd/N"; AT_FDCWD: "/proc/self/cwd");
// false for a number no fd has.
inline constexpr int kFdLinkBytes = 40;
bool FdLink(int64_t fd, char (&link)[kFdLinkBytes]);
// -y: the path fd refers to (and with -yy what it is), as argument `arg`.
void CaptureFdPath(Writer& w, int arg, int64_t fd_value);

// capture_messages.cc
void CaptureListedFdPaths(Writer& w, const EntryFrame* f);
void CaptureMsghdrParts(Writer& w, const SyscallCapture& spec, const EntryFrame* f, uint8_t phase, int64_t total);
void CaptureMmsgParts(Writer& w, const SyscallCapture& spec, const EntryFrame* f, uint8_t phase, int64_t count);

// capture_aio.cc
void CaptureIocbs(Writer& w, const EntryFrame* f);

// capture_ioctl.cc: ioctl's argument (and its tail) in this phase, as tracer/ioctl_transfers.h says.
void CaptureIoctlArgument(Writer& w, const EntryFrame* f, uint8_t phase);
// -y: the paths of the fds ioctl's argument carries (tracer/ioctl_transfers.h kIoctlFds).
void CaptureIoctlFdPaths(Writer& w, const EntryFrame* f);

// capture_kvm.cc (-e kvm=vcpu): after a successful ioctl, KVM_RUN's exit
// reason (kKvmExitReasonArg); KVM_CREATE_VCPU's new fd forgets where an
// earlier vcpu on that number had its struct kvm_run.
void CaptureKvmAfterIoctl(Writer& w, const EntryFrame* f, int64_t ret);

// capture_fprog.cc: setsockopt's, seccomp's and prctl's classic BPF program.
void CaptureFprog(Writer& w, const EntryFrame* f);
void CaptureFilterAnswer(Writer& w, const EntryFrame* f);  // getsockopt's SO_GET_FILTER, at exit

// capture_netlink.cc: sendto's, sendmsg's or sendmmsg's buffers at entry,
// recvfrom's or recvmsg's at exit, on a netlink socket: notes the
// protocol and returns the larger limit; else `usual`.
uint64_t NetlinkBufferLimit(Writer& w, const EntryFrame* f, uint8_t phase, uint64_t usual);

}  // namespace lzp::capture
