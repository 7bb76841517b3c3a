// cli/record/recorder.cc — see recorder.h.
#include "cli/record/recorder.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lzp::cli::record {

namespace {
constexpr size_t kRecordsChunkBytes = 1 << 20;  // a kRecords chunk is closed at this size
constexpr size_t kWriteBytes = 1 << 20;         // chunks are written once this much waits

// Does printing this event read the in-flight slots? (cli/print/task_ends.cc)
bool ReadsInflight(const Event& e) {
  return e.kind == Event::Kind::kLifecycle ||
         (e.kind == Event::Kind::kSyscall && (e.syscall.nr == SYS_wait4 || e.syscall.nr == SYS_waitid));
}
}  // namespace

Recorder::~Recorder() {
  if (fd_ >= 0) close(fd_);
}

bool Recorder::Create(const std::string& path, std::string* why) {
  fd_ = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) *why = "Can't open '" + path + "': " + std::strerror(errno);
  return fd_ >= 0;
}

void Recorder::Begin(const CaptureChunk& capture, const std::string& program) {
  buffer_.reserve(kWriteBytes + kRecordsChunkBytes + (64 << 10));
  FileHeader header = {};
  std::memcpy(header.magic, kFileMagic, sizeof(header.magic));
  header.format_version = kFormatVersion;
  header.protocol_version = proto::kProtocolVersion;
  header.table_version = TableVersion();
  const auto* bytes = reinterpret_cast<const uint8_t*>(&header);
  buffer_.insert(buffer_.end(), bytes, bytes + sizeof(header));
  AppendChunk(ChunkType::kCapture, &capture, sizeof(capture), program.data(),
              std::min<size_t>(program.size(), kMaxProgramPath));
  Drain(true);
}

void Recorder::AppendChunk(ChunkType type, const void* body, size_t size, const void* more, size_t more_size) {
  CloseRecords();
  ChunkHeader header = {static_cast<uint32_t>(type), static_cast<uint32_t>(size + more_size), 0};
  size_t at = buffer_.size();
  buffer_.resize(at + sizeof(header) + size + more_size);
  if (size) std::memcpy(buffer_.data() + at + sizeof(header), body, size);
  if (more_size) std::memcpy(buffer_.data() + at + sizeof(header) + size, more, more_size);
  header.checksum = Checksum(buffer_.data() + at + sizeof(header), size + more_size);
  std::memcpy(buffer_.data() + at, &header, sizeof(header));
  Drain(false);
}

void Recorder::CloseRecords() {
  if (records_at_ == SIZE_MAX) return;
  size_t body = records_at_ + sizeof(ChunkHeader);
  ChunkHeader header = {static_cast<uint32_t>(ChunkType::kRecords), static_cast<uint32_t>(buffer_.size() - body),
                        Checksum(buffer_.data() + body, buffer_.size() - body)};
  std::memcpy(buffer_.data() + records_at_, &header, sizeof(header));
  records_at_ = SIZE_MAX;
}

void Recorder::Drain(bool all) {
  if (records_at_ != SIZE_MAX || (!all && buffer_.size() < kWriteBytes)) return;
  size_t done = 0;
  while (done < buffer_.size() && error_ == 0) {
    ssize_t n = write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) error_ = n < 0 ? errno : ENOSPC;
    else done += static_cast<size_t>(n);
  }
  buffer_.clear();  // (after an error: dropped, the error is reported at the end)
}

void Recorder::NoteClock(const ClockState& clock) {
  ClockChunk chunk = {clock.tsc0, clock.realtime0, clock.monotonic0, clock.ticks_per_second};
  AppendChunk(ChunkType::kClock, &chunk, sizeof(chunk));
}

void Recorder::NoteFlush(uint64_t now_tsc) { AppendChunk(ChunkType::kFlush, &now_tsc, sizeof(now_tsc)); }

void Recorder::NoteAnnounce(const proto::SyscallRecord& rec, std::string_view payload) {
  if (payload.size() > kMaxChunkBody - sizeof(rec)) payload = {};  // (never: a capture is far smaller)
  proto::SyscallRecord head = rec;
  head.payload_size = static_cast<uint32_t>(payload.size());
  AppendChunk(ChunkType::kAnnounce, &head, sizeof(head), payload.data(), payload.size());
}

void Recorder::NotePidName(pid_t pid, const std::string& name) {
  uint32_t id = static_cast<uint32_t>(pid);
  AppendChunk(ChunkType::kPidName, &id, sizeof(id), name.data(), std::min<size_t>(name.size(), 64));
}

void Recorder::NoteEvent(const Event& event, std::string_view raw) {
  if (event.kind == Event::Kind::kCorrupt) {
    AppendChunk(ChunkType::kCorrupt, &event.offset, sizeof(event.offset), event.text.data(),
                std::min<size_t>(event.text.size(), 4096));
    return;
  }
  if (ReadsInflight(event)) NoteInflight();
  OpenRecords();
  // resize and memcpy: an insert from char iterators into bytes compiles to a
  // byte-at-a-time loop (it was a fifth of a --record run's samples).
  size_t at = buffer_.size();
  buffer_.resize(at + raw.size());
  std::memcpy(buffer_.data() + at, raw.data(), raw.size());
  if (buffer_.size() - records_at_ >= kRecordsChunkBytes) {
    CloseRecords();
    Drain(false);
  }
}

void Recorder::OpenRecords() {
  if (records_at_ != SIZE_MAX) return;
  records_at_ = buffer_.size();
  buffer_.resize(buffer_.size() + sizeof(ChunkHeader));
}

namespace {
// What TakeRun leaves to Next: records NoteEvent does more for than append
// (the in-flight slots go first: ReadsInflight), and notices (printed to
// stderr).
bool OneAtATime(proto::RecordType type, uint64_t nr) {
  return type == proto::RecordType::kNotice || type == proto::RecordType::kLifecycle ||
         (type == proto::RecordType::kSyscall && (nr == SYS_wait4 || nr == SYS_waitid));
}
}  // namespace

uint64_t Recorder::TakeRecords(EventReader* reader, uint64_t max_records, uint64_t* via_sigsys) {
  *via_sigsys = 0;
  bool opened = records_at_ == SIZE_MAX;
  OpenRecords();
  size_t used = buffer_.size() - records_at_;
  if (used + 4096 > kRecordsChunkBytes) {  // too little room left in this chunk: start the next
    CloseRecords();
    Drain(false);
    OpenRecords();
    opened = true;
    used = sizeof(ChunkHeader);
  }
  size_t room = kRecordsChunkBytes - used;
  size_t at = buffer_.size();
  buffer_.resize(at + room);  // (not zeroed: TakeRun writes what is kept)
  uint64_t records = 0;
  size_t took = reader->TakeRun(buffer_.data() + at, room, max_records, &OneAtATime, &records, via_sigsys);
  buffer_.resize(at + took);
  if (took == 0 && opened) {  // no empty chunk
    buffer_.resize(records_at_);
    records_at_ = SIZE_MAX;
  }
  return records;
}

// Writes the slots whose bytes changed since the last time (shared memory:
// copied as they are; the replaying printer checks them as the live one does).
void Recorder::NoteInflight() {
  if (slots_ == nullptr) return;
  uint32_t next = slot_next_->load(std::memory_order_acquire);
  uint32_t count = std::min(next, proto::kInflightSlots);
  constexpr size_t kSlot = sizeof(proto::InflightSlot);
  if (slots_seen_.size() < count * kSlot) slots_seen_.resize(count * kSlot, 0);
  std::vector<uint8_t> body(sizeof(uint32_t));
  std::memcpy(body.data(), &next, sizeof(next));
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t slot[kSlot];
    std::memcpy(slot, static_cast<const void*>(&slots_[i]), kSlot);
    if (std::memcmp(slot, slots_seen_.data() + i * kSlot, kSlot) == 0) continue;
    std::memcpy(slots_seen_.data() + i * kSlot, slot, kSlot);
    body.insert(body.end(), reinterpret_cast<const uint8_t*>(&i), reinterpret_cast<const uint8_t*>(&i) + 4);
    body.insert(body.end(), slot, slot + kSlot);
    if (body.size() + 4 + kSlot > kMaxChunkBody) {  // (never with 4096 slots: 1.6 MiB)
      AppendChunk(ChunkType::kInflight, body.data(), body.size());
      body.resize(sizeof(uint32_t));
    }
  }
  if (body.size() > sizeof(uint32_t) || next != slot_next_seen_) AppendChunk(ChunkType::kInflight, body.data(), body.size());
  slot_next_seen_ = next;
}

bool Recorder::Close(EndChunk end, const proto::SyscallCounter* counters, std::string* why) {
  NoteInflight();
  end.has_counters = counters != nullptr;
  std::vector<CounterEntry> entries(counters != nullptr ? proto::kCounterCount : 0);
  for (uint32_t nr = 0; nr < entries.size(); ++nr)
    entries[nr] = {counters[nr].calls.load(std::memory_order_relaxed), counters[nr].errors.load(std::memory_order_relaxed),
                   counters[nr].time.load(std::memory_order_relaxed), counters[nr].min_time.load(std::memory_order_relaxed),
                   counters[nr].max_time.load(std::memory_order_relaxed)};
  AppendChunk(ChunkType::kEnd, &end, sizeof(end), entries.data(), entries.size() * sizeof(CounterEntry));
  Drain(true);
  if (fd_ >= 0 && close(fd_) != 0 && error_ == 0) error_ = errno;
  fd_ = -1;
  if (error_ != 0) *why = std::strerror(error_);
  return error_ == 0;
}

}  // namespace lzp::cli::record
