// tracer/events.cc — fills records reserved from the ring (ring_writer.h).
#include "tracer/events.h"

#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/frame_flags.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/record_writer.h"
#include "tracer/ring_writer.h"

namespace lzp {

void EmitSyscall(ThreadState* ts, const EntryFrame* f, int64_t ret, uint32_t flags, uint32_t level) {
  uint32_t payload_size = 0;
  const uint8_t* payload = (flags & proto::kHidden) ? nullptr : CapturedPayload(ts, level, &payload_size);
  auto* rec = static_cast<proto::SyscallRecord*>(
      BeginRecord(ts, sizeof(proto::SyscallRecord) + payload_size, proto::RecordType::kSyscall));
  if (rec == nullptr) return;
  rec->pid = ts->pid;
  rec->tid = ts->tid;
  rec->nr = f->nr;
  rec->args[0] = f->rdi; rec->args[1] = f->rsi; rec->args[2] = f->rdx;
  rec->args[3] = f->r10; rec->args[4] = f->r8;  rec->args[5] = f->r9;
  rec->ret = ret;
  rec->tsc_enter = f->aux & ~kAuxFlags;
  rec->tsc_exit = (flags & proto::kNoReturn) ? rec->tsc_enter : ReadTsc();
  rec->flags = flags;
  rec->payload_size = payload_size;
  uint8_t* out = reinterpret_cast<uint8_t*>(rec + 1);
  for (uint32_t i = 0; i < payload_size; ++i) out[i] = payload[i];
  EndRecord(ts, rec);
  // A syscall recorded before it runs (exit, execve) must not also be
  // reported as cut short when its thread disappears.
  if (flags & proto::kNoReturn) EndInflight(ts, f, level);
}

void EndInflight(ThreadState* ts, const EntryFrame* f, uint32_t level) {
  if (ts->inflight != nullptr && (f->aux & kInflightNotedBit) && level < proto::kInflightDepth)
    ts->inflight->active_depth.store(ts->active_below[level], std::memory_order_release);
}

void EmitProcessStart(const ThreadState* ts, uint32_t ppid) {
  auto* rec = static_cast<proto::ProcessStartRecord*>(
      BeginRecord(ts, sizeof(proto::ProcessStartRecord), proto::RecordType::kProcessStart));
  if (rec == nullptr) return;
  rec->pid = ts->pid;
  rec->tid = ts->tid;
  rec->ppid = ppid;
  rec->mode = static_cast<uint32_t>(g_process.mode);
  constexpr int kPrGetName = 16;  // <linux/prctl.h>
  for (char& c : rec->comm) c = 0;
  Sys(SYS_prctl, kPrGetName, rec->comm, 0, 0, 0);
  EndRecord(ts, rec);
}

void EmitSignal(const ThreadState* ts, int sig, const void* siginfo, uint64_t ip, const uint8_t* payload,
                uint32_t payload_size) {
  auto* rec = static_cast<proto::SignalRecord*>(
      BeginRecord(ts, sizeof(proto::SignalRecord) + payload_size, proto::RecordType::kSignal));
  if (rec == nullptr) return;
  rec->pid = ts->pid;
  rec->tid = ts->tid;
  rec->signo = sig;
  rec->payload_size = payload_size;
  uint8_t* out = reinterpret_cast<uint8_t*>(rec + 1);
  for (uint32_t i = 0; i < payload_size; ++i) out[i] = payload[i];
  const auto* bytes = static_cast<const uint8_t*>(siginfo);
  for (int i = 0; i < 128; ++i) rec->siginfo[i] = bytes ? bytes[i] : 0;
  rec->tsc = ReadTsc();
  rec->ip = ip;
  EndRecord(ts, rec);
}

void EmitNotice(const ThreadState* ts, const char* text, bool once_per_trace) {
  if (once_per_trace && g_process.ring->sud_only_noticed.exchange(1) != 0) return;
  uint32_t length = 0;
  while (text[length] != '\0' && length < 1000) ++length;
  auto* rec = static_cast<proto::NoticeRecord*>(
      BeginRecord(ts, sizeof(proto::NoticeRecord) + length, proto::RecordType::kNotice));
  if (rec == nullptr) return;
  rec->pid = ts->pid;
  rec->length = length;
  char* out = reinterpret_cast<char*>(rec + 1);
  for (uint32_t i = 0; i < length; ++i) out[i] = text[i];
  EndRecord(ts, rec);
}

}  // namespace lzp
