// cli/record/replay_reader.h — --replay=FILE: a recording (record_format.h)
// as a source of events, the same ones the live ring gave the printer.
//
// Chunks are read one at a time; each is checked (length within bounds, the
// checksum, every record's size, type and ordering) before anything in it is
// used. Chunks that are not records set the replay's state as they pass: the
// clock, the in-flight slots, the printer's idle flushes (on_flush). At the
// first damage the events end and damage() says where, so everything before
// it is printed.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/read/byte_buffer.h"
#include "cli/read/clock.h"
#include "cli/read/event_reader.h"
#include "cli/record/record_format.h"

namespace lzp::cli::record {

class ReplayReader : public EventSource {
 public:
  ReplayReader();
  ~ReplayReader() override;
  // Opens `path` and reads its header and capture chunk. False with *why, a
  // one-line message (not a recording, another version, damage).
  bool Open(const std::string& path, std::string* why);
  // Opens the recording held in memory (the fuzz target).
  bool OpenBytes(std::string bytes, const std::string& name, std::string* why);

  const CaptureChunk& capture() const { return capture_; }
  const std::string& program() const { return program_; }  // the first process's program ("" for -p)
  const TscClock* clock() const { return &clock_; }
  const proto::InflightSlot* slots() const { return slots_; }
  const std::atomic<uint32_t>* slot_next() const { return &slot_next_; }
  void OnFlush(std::function<void(uint64_t)> on_flush) { on_flush_ = std::move(on_flush); }
  // A call still running that the live reader announced (kAnnounce): the
  // record (its payload_size checked against the chunk) and its payload.
  using AnnounceFn = std::function<void(const proto::SyscallRecord&, std::string_view)>;
  void OnAnnounce(AnnounceFn on_announce) { on_announce_ = std::move(on_announce); }
  // -Y: what the live printer found in /proc for `pid` ("" if nothing).
  std::string PidName(pid_t pid) const;

  bool Next(Event* out) override;

  // After Next returned false: the end chunk (nullptr if the recording has
  // none), and what was wrong where the events stopped ("" if nothing).
  const EndChunk* end() const { return has_end_ ? &end_ : nullptr; }
  const CounterEntry* counters() const { return counters_.empty() ? nullptr : counters_.data(); }  // -c/-C
  const std::string& damage() const { return damage_; }

 private:
  bool ReadBytes(void* to, size_t size);       // false at the end of the file
  bool ReadChunk(ChunkHeader* header);          // the next chunk into body_, checked
  bool Damaged(uint64_t at, const std::string& why);  // sets damage_, returns false
  bool ApplyInflight();
  bool NextRecord(Event* out);

  std::string name_;
  FILE* file_ = nullptr;
  std::string memory_;   // OpenBytes: the file
  size_t memory_at_ = 0;
  uint64_t file_offset_ = 0;   // of the next byte to read
  uint64_t body_offset_ = 0;   // file offset of body_[0]
  ByteBuffer body_;  // (not zero-filled when it grows: read over at once)
  size_t record_at_ = 0;       // next record in body_ (kRecords)
  bool in_records_ = false;
  bool has_stream_offset_ = false;
  uint64_t last_stream_offset_ = 0;
  bool done_ = false;
  bool has_end_ = false;
  std::string damage_;
  CaptureChunk capture_ = {};
  std::string program_;
  TscClock clock_;
  EndChunk end_ = {};
  std::vector<CounterEntry> counters_;
  proto::InflightSlot* slots_ = nullptr;  // kInflightSlots of them (aligned storage)
  std::atomic<uint32_t> slot_next_{0};
  std::function<void(uint64_t)> on_flush_;
  AnnounceFn on_announce_;
  std::map<uint32_t, std::string> pid_names_;
};

}  // namespace lzp::cli::record
