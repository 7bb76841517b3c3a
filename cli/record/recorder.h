// cli/record/recorder.h — --record=FILE: writes what the ring delivers, and
// what the printer needs besides, to a file (record_format.h) for --replay.
//
// Records are appended byte for byte to an open kRecords chunk in memory;
// the chunk is closed (its length and checksum filled in) at 1 MiB or when a
// chunk of another kind follows, and whole chunks are written with write(2)
// once 1 MiB is waiting, so recording costs a memcpy per event and one
// system call per megabyte. Without a live printer (--record alone), runs
// of records are copied from the ring in one memcpy each (TakeRecords,
// EventReader::TakeRun) and only the events below go one at a time.
// Before each event whose printing reads the
// in-flight slots (a task's end, a wait that reaps), the slots that changed
// since the last look are written, so that replay reads what the live
// printer read.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/read/clock.h"
#include "cli/read/event_reader.h"
#include "cli/record/record_format.h"
#include "tracer/protocol.h"

namespace lzp::cli::record {

class Recorder {
 public:
  ~Recorder();
  // Creates `path` (before the program starts); false with *why.
  bool Create(const std::string& path, std::string* why);
  // Writes the file header and what shaped capture (once the program runs);
  // `program`: the path the first process runs ("" for -p).
  void Begin(const CaptureChunk& capture, const std::string& program);
  // The tracees' in-flight slots (shared memory: copied, never trusted).
  void WatchInflight(const proto::InflightSlot* slots, const std::atomic<uint32_t>* next) {
    slots_ = slots;
    slot_next_ = next;
  }
  void NoteClock(const ClockState& clock);
  // An event as EventReader::Next gave it, `raw` its record's bytes.
  void NoteEvent(const Event& event, std::string_view raw);
  // --record alone: appends a run of records straight from the ring
  // (EventReader::TakeRun: one memcpy, each copy checked), at most
  // `max_records`. Returns how many it took (0: use Next and NoteEvent);
  // *via_sigsys as TakeRun counts them.
  uint64_t TakeRecords(EventReader* reader, uint64_t max_records, uint64_t* via_sigsys);
  void NoteFlush(uint64_t now_tsc);
  // A call still running that the live reader announced (blocked_calls.h),
  // with what its entry read: replay announces it at the same point.
  void NoteAnnounce(const proto::SyscallRecord& rec, std::string_view payload);
  // -Y: the live printer looked `pid` up in /proc and found `name` (before
  // the event being printed is noted).
  void NotePidName(pid_t pid, const std::string& name);
  // Writes the end (and -c counters, if `counters`) and closes the file;
  // false with *why if anything could not be written.
  bool Close(EndChunk end, const proto::SyscallCounter* counters, std::string* why);

 private:
  void AppendChunk(ChunkType type, const void* body, size_t size, const void* more = nullptr, size_t more_size = 0);
  void CloseRecords();
  void Drain(bool all);
  void NoteInflight();

  int fd_ = -1;
  int error_ = 0;                   // the first write error (errno)
  // Grows without zeroing what it adds (every byte added is then written).
  template <typename T>
  struct NoZeroing : std::allocator<T> {
    template <typename U>
    struct rebind {
      using other = NoZeroing<U>;
    };
    template <typename U>
    void construct(U* p) noexcept {
      ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
      ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
  };
  void OpenRecords();
  std::vector<uint8_t, NoZeroing<uint8_t>> buffer_;  // whole chunks, and the open kRecords chunk, not yet written
  size_t records_at_ = SIZE_MAX;    // the open kRecords chunk's header in buffer_
  const proto::InflightSlot* slots_ = nullptr;
  const std::atomic<uint32_t>* slot_next_ = nullptr;
  std::vector<uint8_t> slots_seen_;  // the slots as replay will hold them (bytes)
  uint32_t slot_next_seen_ = 0;
};

}  // namespace lzp::cli::record
