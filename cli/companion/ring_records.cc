// cli/companion/ring_records.cc — see ring_records.h.
#include "cli/companion/ring_records.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>
#include <deque>
#include <vector>

#include "tracer/process.h"
#include "tracer/ring_writer.h"

namespace lzp::cli::companion {
namespace {

uint32_t OwnTid() {
  static thread_local uint32_t tid = static_cast<uint32_t>(syscall(SYS_gettid));
  return tid;
}

// Records that found the ring full while their task was stopped: the task may
// itself hold an unfinished record the reader waits for, so the companion
// does not wait with the task stopped; it resumes it, then writes these.
struct Pending {
  proto::RecordType type;
  std::vector<uint8_t> bytes;  // the whole record, header included (rewritten on reservation)
};
std::deque<Pending> g_pending;

void* Reserve(uint32_t bytes, proto::RecordType type, std::vector<uint8_t>* fallback) {
  if (g_pending.empty())
    if (void* r = ReserveRecord(bytes, type, OwnTid(), /*wait=*/false)) return r;
  fallback->assign(proto::CellsFor(bytes) * proto::kCell, 0);
  return fallback->data();
}

void Commit(void* record, proto::RecordType type, std::vector<uint8_t>* fallback) {
  if (!fallback->empty() && record == fallback->data()) g_pending.push_back({type, std::move(*fallback)});
  else CommitRecord(record);
}

}  // namespace

void FlushPending() {
  while (!g_pending.empty()) {
    Pending& p = g_pending.front();
    auto* out = static_cast<uint8_t*>(ReserveRecord(static_cast<uint32_t>(p.bytes.size()), p.type, OwnTid()));
    if (out != nullptr) {
      std::memcpy(out + sizeof(proto::RecordHeader), p.bytes.data() + sizeof(proto::RecordHeader),
                  p.bytes.size() - sizeof(proto::RecordHeader));
      CommitRecord(out);
    }
    g_pending.pop_front();
  }
}

void AttachWriter(proto::RingControl* ring, uint8_t* data, uint64_t capacity, int wake_fd) {
  g_process.ring = ring;
  g_process.ring_data = data;
  g_process.ring_capacity = capacity;
  g_process.wake_fd = wake_fd;
  g_process.active = true;
  g_process.in_cli = true;  // (how the tracees were let go is written after they were)
}

void WriteSignal(pid_t pid, pid_t tid, const siginfo_t& info, uint64_t ip) {
  std::vector<uint8_t> fallback;
  auto* rec = static_cast<proto::SignalRecord*>(Reserve(sizeof(proto::SignalRecord), proto::RecordType::kSignal, &fallback));
  rec->pid = static_cast<uint32_t>(pid);
  rec->tid = static_cast<uint32_t>(tid);
  rec->signo = info.si_signo;
  rec->payload_size = 0;
  static_assert(sizeof(rec->siginfo) == sizeof(siginfo_t));
  std::memcpy(rec->siginfo, &info, sizeof(rec->siginfo));
  rec->tsc = ReadTsc();
  rec->ip = ip;
  Commit(rec, proto::RecordType::kSignal, &fallback);
}

void WriteLifecycle(pid_t pid, pid_t tid, proto::Lifecycle kind, int status) {
  std::vector<uint8_t> fallback;
  auto* rec = static_cast<proto::LifecycleRecord*>(Reserve(sizeof(proto::LifecycleRecord), proto::RecordType::kLifecycle, &fallback));
  rec->pid = static_cast<uint32_t>(pid);
  rec->tid = static_cast<uint32_t>(tid);
  rec->kind = static_cast<uint32_t>(kind);
  rec->status = status;
  rec->tsc = ReadTsc();
  Commit(rec, proto::RecordType::kLifecycle, &fallback);
}

void WriteSyscall(const proto::SyscallRecord& rec, std::string_view payload) {
  uint64_t bytes = sizeof(proto::SyscallRecord) + payload.size();
  if (proto::CellsFor(bytes) > proto::kMaxRecordCells) payload = payload.substr(0, 0);
  std::vector<uint8_t> fallback;
  auto* out = static_cast<uint8_t*>(
      Reserve(static_cast<uint32_t>(sizeof(proto::SyscallRecord) + payload.size()), proto::RecordType::kSyscall, &fallback));
  proto::SyscallRecord body = rec;
  body.payload_size = static_cast<uint32_t>(payload.size());
  std::memcpy(out + sizeof(proto::RecordHeader), reinterpret_cast<const uint8_t*>(&body) + sizeof(proto::RecordHeader),
              sizeof(proto::SyscallRecord) - sizeof(proto::RecordHeader));
  std::memcpy(out + sizeof(proto::SyscallRecord), payload.data(), payload.size());
  Commit(out, proto::RecordType::kSyscall, &fallback);
}

void WriteCodeMaps(pid_t pid, std::string_view text) {
  if (text.size() > proto::kCodeMapsMax) text = text.substr(0, proto::kCodeMapsMax);
  std::vector<uint8_t> fallback;
  auto* out = static_cast<uint8_t*>(
      Reserve(static_cast<uint32_t>(sizeof(proto::CodeMapsRecord) + text.size()), proto::RecordType::kCodeMaps, &fallback));
  proto::CodeMapsRecord body = {};
  body.pid = static_cast<uint32_t>(pid);
  body.length = static_cast<uint32_t>(text.size());
  std::memcpy(out + sizeof(proto::RecordHeader), reinterpret_cast<const uint8_t*>(&body) + sizeof(proto::RecordHeader),
              sizeof(proto::CodeMapsRecord) - sizeof(proto::RecordHeader));
  std::memcpy(out + sizeof(proto::CodeMapsRecord), text.data(), text.size());
  Commit(out, proto::RecordType::kCodeMaps, &fallback);
}

}  // namespace lzp::cli::companion
