// cli/read/event_reader.h — reading the shared ring (tracer/protocol.h) as a stream
// of validated events.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/read/byte_buffer.h"
#include "tracer/protocol.h"

namespace lzp::cli {

struct Event {
  enum class Kind { kSyscall, kProcessStart, kNotice, kSignal, kCodeMaps, kLifecycle, kCorrupt };
  Kind kind = Kind::kCorrupt;
  uint64_t offset = 0;                 // stream offset: the event's sequence number
  proto::SyscallRecord syscall = {};   // kSyscall (a private copy)
  std::string_view payload;            // kSyscall, kSignal: captured data (cli/print/captures.h), valid until the next event
  proto::ProcessStartRecord start = {};// kProcessStart
  proto::SignalRecord signal = {};     // kSignal
  proto::LifecycleRecord lifecycle = {};  // kLifecycle (from the ptrace companion)
  uint32_t pid = 0;                    // kCodeMaps: whose
  std::string text;                    // kNotice: the message; kCodeMaps: maps lines; kCorrupt: what was wrong
};

// A source of events (defined in event_source.h, which includes this file).
class EventSource {
 public:
  virtual ~EventSource() = default;
  // The next event; false once there are no more.
  virtual bool Next(Event* out) = 0;
};

struct RingView {
  proto::RingControl* control;  // shared: never trusted
  uint8_t* data;
  uint64_t capacity;            // the CLI's own copy
  int wake_read_fd;
};

class EventReader : public EventSource {
 public:
  // `on_idle` runs before the reader sleeps (the printer flushes its output).
  EventReader(const RingView& ring, std::function<void()> on_idle) : ring_(ring), on_idle_(std::move(on_idle)) {}

  // Blocks until the next event; false once every traced process has gone and
  // the ring is drained.
  bool Next(Event* out) override;
  // The bytes of the record the last Next decoded, as the ring held them
  // (what --record writes); empty after a kCorrupt event.
  std::string_view LastRecord() const { return last_record_; }

  // --record without printing: copies a run of consecutive committed
  // records, as they lie in the ring, to `to` (at most `room` bytes and
  // `max_records` records) in one memcpy, and checks each copy as Next
  // does (Decode, on the copy). The run ends before a record that is not
  // committed yet, padding, a record Decode refuses or one `one_at_a_time`
  // wants to see through Next (that path then takes it; it is asked with
  // the record's type and, for a syscall, its number). Returns the bytes
  // taken (whole records), 0 when Next must be used; *records: how many,
  // *via_sigsys: how many syscall records carry kSudRoute.
  size_t TakeRun(uint8_t* to, size_t room, uint64_t max_records, bool (*one_at_a_time)(proto::RecordType, uint64_t nr),
                 uint64_t* records, uint64_t* via_sigsys);
  // Ends the stream as at EOF once `stop` says so (asked when idle): the
  // tracees were let go (-I) and may still hold the wake pipe.
  void StopWhen(std::function<bool()> stop) { stop_ = std::move(stop); }

  // Checks one record's bytes (copied out of the ring) and decodes it.
  // Exposed for tests: this is where untrusted input is validated.
  static bool Decode(const uint8_t* bytes, uint64_t size, uint64_t expected_offset, Event* out);

 private:
  enum class Peek { kReady, kPending, kStale };
  Peek PeekAt(uint64_t pos, uint64_t* word) const;
  void Publish(bool force);
  void Sleep(int timeout_ms);
  bool PipeAtEof() const;
  bool Resync();  // skips to the next plausible record after damage or a dead writer
  bool WriterDead(uint32_t tid) const;

  RingView ring_;
  std::function<void()> on_idle_;
  std::function<bool()> stop_;
  uint64_t pos_ = 0;        // next stream offset to read
  uint64_t published_ = 0;  // last tail stored to shared memory
  uint64_t head_ = 0;       // the writers' head when we last looked
  uint64_t prefetched_ = 0; // Next: the ring's cache lines before this offset were prefetched
  int idle_rounds_ = 0;     // sleeps since the last event
  bool eof_ = false;
  int stalls_ = 0;
  long nap_us_ = 1000;      // the light naps while waiting for events
  Event scratch_;           // TakeRun's decoded copy (checked, then dropped)
  ByteBuffer copy_;  // the record being decoded (not zero-filled when it grows)
  std::string_view last_record_;
};

}  // namespace lzp::cli
