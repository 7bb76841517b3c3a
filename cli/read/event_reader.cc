// cli/read/event_reader.cc — the reader half of the ring protocol (protocol.h).
//
// Every record is copied out of shared memory before it is looked at, and the
// copy is validated: its header must carry its own stream offset, a known
// type, a size that fits the ring and the type. A record that fails yields a
// kCorrupt event and we resynchronise by scanning forward one cell at a time
// for a committed header that names its own offset. A record left Reserved by
// a writer that died (SIGKILL between reserving and committing) is skipped
// once its tid no longer exists; space whose writer died before even writing
// a header is skipped once every traced process has gone (pipe EOF).
//
// Waiting: first lightly (1 ms naps, the writers are not told; each wake
// costs the reader a flush, a look at the pipe and two context switches, so
// a nap ten times longer costs a fast tracee ~20% less of the reader's CPU
// per event, docs/performance.md "The CLI's rate (session 7)"); then
// deeply: we note `reader_futex`, set `reader_sleeping`, look once more, and
// FUTEX_WAIT; writers that see the flag bump the futex and wake us. The
// pipe carries only EOF, looked at after each nap. Freed space is published
// to `tail` in batches, and waiting writers are woken with FUTEX_WAKE.
#include "cli/read/event_reader.h"

#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace lzp::cli {

using proto::RecordState;
using proto::RecordType;

namespace {
constexpr uint64_t kPublishEvery = 64 * 1024;  // bytes consumed between tail updates while busy
constexpr long kLightSleepUs = 20000;          // of naps before sleeping deeply
constexpr uint64_t kPrefetchAhead = 1024;      // bytes of records Next asks the cache for ahead of the one it reads
const struct timespec kZero = {0, 0};
}

bool EventReader::Decode(const uint8_t* bytes, uint64_t size, uint64_t expected_offset, Event* out) {
  out->offset = expected_offset;
  if (size < sizeof(proto::RecordHeader)) {
    out->kind = Event::Kind::kCorrupt;
    out->text = "record shorter than its header";
    return false;
  }
  uint64_t word, offset;
  std::memcpy(&word, bytes, 8);
  std::memcpy(&offset, bytes + 8, 8);
  auto fail = [&](const char* why) {
    out->kind = Event::Kind::kCorrupt;
    out->text = why;
    return false;
  };
  if (offset != expected_offset) return fail("record names the wrong offset");
  if (proto::WordState(word) != RecordState::kCommitted) return fail("record is not committed");
  if (proto::WordCells(word) * proto::kCell != size) return fail("record size does not match its header");
  switch (proto::WordType(word)) {
    case RecordType::kSyscall:
      if (size < sizeof(proto::SyscallRecord)) return fail("syscall record too short");
      std::memcpy(&out->syscall, bytes, sizeof(proto::SyscallRecord));
      if (out->syscall.payload_size > size - sizeof(proto::SyscallRecord)) return fail("syscall payload overruns its record");
      out->payload = std::string_view(reinterpret_cast<const char*>(bytes) + sizeof(proto::SyscallRecord), out->syscall.payload_size);
      out->kind = Event::Kind::kSyscall;
      return true;
    case RecordType::kProcessStart:
      if (size < sizeof(proto::ProcessStartRecord)) return fail("process record too short");
      std::memcpy(&out->start, bytes, sizeof(proto::ProcessStartRecord));
      out->kind = Event::Kind::kProcessStart;
      return true;
    case RecordType::kSignal:
      if (size < sizeof(proto::SignalRecord)) return fail("signal record too short");
      std::memcpy(&out->signal, bytes, sizeof(proto::SignalRecord));
      if (out->signal.payload_size > size - sizeof(proto::SignalRecord)) return fail("signal payload overruns its record");
      out->payload = std::string_view(reinterpret_cast<const char*>(bytes) + sizeof(proto::SignalRecord), out->signal.payload_size);
      out->kind = Event::Kind::kSignal;
      return true;
    case RecordType::kLifecycle:
      if (size < sizeof(proto::LifecycleRecord)) return fail("lifecycle record too short");
      std::memcpy(&out->lifecycle, bytes, sizeof(proto::LifecycleRecord));
      out->kind = Event::Kind::kLifecycle;
      return true;
    case RecordType::kNotice: {
      if (size < sizeof(proto::NoticeRecord)) return fail("notice record too short");
      proto::NoticeRecord notice;
      std::memcpy(&notice, bytes, sizeof(notice));
      if (notice.length > size - sizeof(proto::NoticeRecord)) return fail("notice text overruns its record");
      out->text.assign(reinterpret_cast<const char*>(bytes) + sizeof(proto::NoticeRecord), notice.length);
      out->kind = Event::Kind::kNotice;
      return true;
    }
    case RecordType::kCodeMaps: {
      if (size < sizeof(proto::CodeMapsRecord)) return fail("code maps record too short");
      proto::CodeMapsRecord maps;
      std::memcpy(&maps, bytes, sizeof(maps));
      if (maps.length > size - sizeof(proto::CodeMapsRecord)) return fail("code maps text overruns its record");
      out->pid = maps.pid;
      out->text.assign(reinterpret_cast<const char*>(bytes) + sizeof(proto::CodeMapsRecord), maps.length);
      out->kind = Event::Kind::kCodeMaps;
      return true;
    }
    default:
      return fail("unknown record type");
  }
}

EventReader::Peek EventReader::PeekAt(uint64_t pos, uint64_t* word) const {
  const uint8_t* at = ring_.data + (pos & (ring_.capacity - 1));
  auto* header = reinterpret_cast<const proto::RecordHeader*>(at);
  // Offset first (the writer stores it after the word, with release), so a
  // matching offset guarantees the word we read is this lap's.
  uint64_t offset = __atomic_load_n(&header->offset, __ATOMIC_ACQUIRE);
  *word = __atomic_load_n(&header->word, __ATOMIC_ACQUIRE);
  if (offset != pos) return Peek::kStale;  // not written yet (or damaged)
  return proto::WordState(*word) == RecordState::kCommitted ? Peek::kReady : Peek::kPending;
}

void EventReader::Publish(bool force) {
  if (!force && pos_ - published_ < kPublishEvery) return;
  if (pos_ == published_) return;
  published_ = pos_;
  ring_.control->tail.store(pos_, std::memory_order_seq_cst);
  ring_.control->tail_futex.fetch_add(1, std::memory_order_seq_cst);
  if (ring_.control->writers_waiting.load(std::memory_order_seq_cst) != 0)
    syscall(SYS_futex, &ring_.control->tail_futex, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

void EventReader::Sleep(int timeout_ms) {
  Publish(true);
  if (on_idle_) on_idle_();
  struct timespec light = {nap_us_ / 1000000, nap_us_ % 1000000 * 1000};
  struct timespec full = {timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
  if (eof_ || ++idle_rounds_ <= kLightSleepUs / nap_us_) {  // deep sleep after ~20 ms of naps
    nanosleep(eof_ ? &kZero : &light, nullptr);
  } else {
    uint32_t seen = ring_.control->reader_futex.load(std::memory_order_seq_cst);
    ring_.control->reader_sleeping.store(1, std::memory_order_seq_cst);
    if (ring_.control->head.load(std::memory_order_seq_cst) == pos_ && !PipeAtEof())
      syscall(SYS_futex, &ring_.control->reader_futex, FUTEX_WAIT, seen, &full, nullptr, 0);
    ring_.control->reader_sleeping.store(0, std::memory_order_relaxed);
  }
  if (!eof_) eof_ = PipeAtEof() || (stop_ && stop_());
}

// Has every write end of the wake pipe closed (it carries no data)?
bool EventReader::PipeAtEof() const {
  struct pollfd p = {ring_.wake_read_fd, POLLIN, 0};
  if (ppoll(&p, 1, &kZero, nullptr) <= 0) return false;
  char byte;
  return read(ring_.wake_read_fd, &byte, 1) == 0;
}

bool EventReader::WriterDead(uint32_t tid) const {
  return tid != 0 && kill(static_cast<pid_t>(tid), 0) != 0 && errno == ESRCH;
}

bool EventReader::Resync() {
  uint64_t head = ring_.control->head.load(std::memory_order_acquire);
  if (head - pos_ > ring_.capacity) head = pos_ + ring_.capacity;  // damaged head: never scan past one lap
  for (uint64_t p = pos_ + proto::kCell; p < head; p += proto::kCell) {
    uint64_t word;
    if (PeekAt(p, &word) == Peek::kReady) {
      pos_ = p;
      return true;
    }
  }
  pos_ = head;
  return false;
}


bool EventReader::Next(Event* out) {
  for (;;) {
    // Re-read the writers' head only when we have caught up with it: every
    // read of that cache line slows the next reservation down.
    if (static_cast<int64_t>(pos_ - head_) >= 0) head_ = ring_.control->head.load(std::memory_order_acquire);
    uint64_t head = head_;
    if (static_cast<int64_t>(head - pos_) < 0) {  // a damaged head: nothing valid beyond us
      head_ = head = pos_;
    }
    if (pos_ == head) {
      if (eof_) {
        Publish(true);
        return false;
      }
      Sleep(200);
      continue;
    }
    uint64_t word;
    Peek peek = PeekAt(pos_, &word);
    if (peek != Peek::kReady) {
      // A writer is between reserving and committing: usually nanoseconds,
      // longer if it was preempted. Skip the space only when its writer is
      // provably gone: its tid no longer exists, or every traced process has
      // exited (EOF) — never on a timeout alone.
      if (++stalls_ < 64) continue;
      bool dead = eof_ || (peek == Peek::kPending && WriterDead(proto::WordTid(word)));
      if (!dead) {
        Sleep(stalls_ < 1000 ? 1 : 20);
        continue;
      }
      stalls_ = 0;
      uint32_t cells = proto::WordCells(word);
      if (peek == Peek::kPending && cells != 0 && cells * proto::kCell <= head - pos_) {
        pos_ += cells * proto::kCell;  // the dead writer's record: nothing to show
      } else {
        Resync();
      }
      continue;
    }
    stalls_ = 0;
    idle_rounds_ = 0;
    uint64_t size = uint64_t{proto::WordCells(word)} * proto::kCell;
    uint64_t room_to_end = ring_.capacity - (pos_ & (ring_.capacity - 1));
    if (size == 0 || size > room_to_end || size > head - pos_) {
      out->kind = Event::Kind::kCorrupt;
      out->offset = pos_;
      out->text = "record size out of bounds";
      last_record_ = {};
      Resync();
      return true;
    }
    if (proto::WordType(word) == RecordType::kPadding) {
      pos_ += size;
      continue;
    }
    // The cache lines of the records after this one, asked for now: the
    // writers' core holds them, and each would otherwise be waited for when
    // its turn comes (as TakeRun does). Only up to the head: reserved space.
    if (static_cast<int64_t>(prefetched_ - pos_) < 0) prefetched_ = pos_ & ~uint64_t{63};
    for (const uint64_t ahead = std::min(head, pos_ + kPrefetchAhead); static_cast<int64_t>(ahead - prefetched_) > 0;
         prefetched_ += 64)
      __builtin_prefetch(ring_.data + (prefetched_ & (ring_.capacity - 1)));
    copy_.resize(size);
    std::memcpy(copy_.data(), ring_.data + (pos_ & (ring_.capacity - 1)), size);
    uint64_t at = pos_;
    bool ok = Decode(copy_.data(), size, at, out);
    last_record_ = ok ? std::string_view(reinterpret_cast<const char*>(copy_.data()), size) : std::string_view();
    pos_ += size;
    Publish(false);
    if (!ok) out->offset = at;
    return true;
  }
}

size_t EventReader::TakeRun(uint8_t* to, size_t room, uint64_t max_records,
                            bool (*one_at_a_time)(proto::RecordType, uint64_t nr), uint64_t* records,
                            uint64_t* via_sigsys) {
  *records = 0;
  *via_sigsys = 0;
  if (static_cast<int64_t>(pos_ - head_) >= 0) head_ = ring_.control->head.load(std::memory_order_acquire);
  const uint64_t head = head_;
  if (static_cast<int64_t>(head - pos_) <= 0) return 0;  // nothing (or a damaged head: Next deals with it)
  // The run's extent, from the headers in shared memory: contiguous in the
  // ring (it stops at the ring's end, where padding or a wrap follows).
  const uint64_t start = pos_;
  const uint64_t room_to_end = ring_.capacity - (start & (ring_.capacity - 1));
  uint64_t end = start;
  uint64_t count = 0;
  // Each header's size says where the next one is: without prefetching,
  // every record would wait for its own cache line to come over from the
  // writer's core, one after another.
  const uint64_t prefetch_end = start + std::min<uint64_t>({room, room_to_end, head - start});
  uint64_t prefetched = start & ~uint64_t{63};
  while (end != head && count < max_records) {
    for (; prefetched < prefetch_end && prefetched < end + 2048; prefetched += 64)
      __builtin_prefetch(ring_.data + (prefetched & (ring_.capacity - 1)));
    uint64_t word;
    if (PeekAt(end, &word) != Peek::kReady || proto::WordType(word) == RecordType::kPadding) break;
    uint64_t size = uint64_t{proto::WordCells(word)} * proto::kCell;
    if (size == 0 || size > room_to_end - (end - start) || size > head - end || end - start + size > room) break;
    end += size;
    ++count;
  }
  if (end == start) return 0;
  std::memcpy(to, ring_.data + (start & (ring_.capacity - 1)), end - start);
  // Check the copy (the tracee may have written the ring since we looked):
  // the records Next would accept, up to the first it would not.
  uint64_t at = 0;
  while (at < end - start) {
    uint64_t word;
    std::memcpy(&word, to + at, sizeof(word));
    uint64_t size = uint64_t{proto::WordCells(word)} * proto::kCell;
    if (size == 0 || size > end - start - at) break;
    RecordType type = proto::WordType(word);
    if (type == RecordType::kSyscall) {
      // Decode's checks for a syscall record, without building the event:
      // its own offset, committed, its size, the payload inside it.
      proto::SyscallRecord rec;
      if (size < sizeof(rec)) break;
      std::memcpy(&rec, to + at, sizeof(rec));
      if (rec.header.offset != start + at || proto::WordState(word) != RecordState::kCommitted ||
          rec.payload_size > size - sizeof(rec) || one_at_a_time(type, rec.nr))
        break;
      if (rec.flags & proto::kSudRoute) ++*via_sigsys;
    } else if (!Decode(to + at, size, start + at, &scratch_) || one_at_a_time(type, 0)) {
      break;
    }
    ++*records;
    at += size;
  }
  if (at == 0) return 0;
  pos_ = start + at;
  stalls_ = 0;
  idle_rounds_ = 0;
  last_record_ = {};
  Publish(false);
  return at;
}

}  // namespace lzp::cli
