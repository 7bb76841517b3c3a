// cli/companion/ring_records.cc — see ring_records.h.
#include "cli/companion/ring_records.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>

#include "tracer/process.h"
#include "tracer/ring_writer.h"

namespace lzp::cli::companion {
namespace {

uint32_t OwnTid() {
  static thread_local uint32_t tid = static_cast<uint32_t>(syscall(SYS_gettid));
  return tid;
}

}  // namespace

void AttachWriter(proto::RingControl* ring, uint8_t* data, uint64_t capacity, int wake_fd) {
  g_process.ring = ring;
  g_process.ring_data = data;
  g_process.ring_capacity = capacity;
  g_process.wake_fd = wake_fd;
  g_process.active = true;
}

void WriteSignal(pid_t pid, pid_t tid, const siginfo_t& info, uint64_t ip) {
  auto* rec = static_cast<proto::SignalRecord*>(ReserveRecord(sizeof(proto::SignalRecord), proto::RecordType::kSignal, OwnTid()));
  if (rec == nullptr) return;
  rec->pid = static_cast<uint32_t>(pid);
  rec->tid = static_cast<uint32_t>(tid);
  rec->signo = info.si_signo;
  rec->payload_size = 0;
  static_assert(sizeof(rec->siginfo) == sizeof(siginfo_t));
  std::memcpy(rec->siginfo, &info, sizeof(rec->siginfo));
  rec->tsc = ReadTsc();
  rec->ip = ip;
  CommitRecord(rec);
}

void WriteLifecycle(pid_t pid, pid_t tid, proto::Lifecycle kind, int status) {
  auto* rec = static_cast<proto::LifecycleRecord*>(
      ReserveRecord(sizeof(proto::LifecycleRecord), proto::RecordType::kLifecycle, OwnTid()));
  if (rec == nullptr) return;
  rec->pid = static_cast<uint32_t>(pid);
  rec->tid = static_cast<uint32_t>(tid);
  rec->kind = static_cast<uint32_t>(kind);
  rec->status = status;
  rec->tsc = ReadTsc();
  CommitRecord(rec);
}

void WriteSyscall(const proto::SyscallRecord& rec, std::string_view payload) {
  uint64_t bytes = sizeof(proto::SyscallRecord) + payload.size();
  if (proto::CellsFor(bytes) > proto::kMaxRecordCells) payload = payload.substr(0, 0);
  auto* out = static_cast<uint8_t*>(ReserveRecord(static_cast<uint32_t>(sizeof(proto::SyscallRecord) + payload.size()),
                                                  proto::RecordType::kSyscall, OwnTid()));
  if (out == nullptr) return;
  proto::SyscallRecord body = rec;
  body.payload_size = static_cast<uint32_t>(payload.size());
  std::memcpy(out + sizeof(proto::RecordHeader), reinterpret_cast<const uint8_t*>(&body) + sizeof(proto::RecordHeader),
              sizeof(proto::SyscallRecord) - sizeof(proto::RecordHeader));
  std::memcpy(out + sizeof(proto::SyscallRecord), payload.data(), payload.size());
  CommitRecord(out);
}

}  // namespace lzp::cli::companion
