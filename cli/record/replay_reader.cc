// cli/record/replay_reader.cc — see replay_reader.h. Everything in the file
// is untrusted: every length is checked against what is left before use.
#include "cli/record/replay_reader.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

#include <fmt/format.h>

namespace lzp::cli::record {

ReplayReader::ReplayReader() {
  void* storage = ::operator new(sizeof(proto::InflightSlot) * proto::kInflightSlots, std::align_val_t{64});
  std::memset(storage, 0, sizeof(proto::InflightSlot) * proto::kInflightSlots);
  slots_ = static_cast<proto::InflightSlot*>(storage);
}

ReplayReader::~ReplayReader() {
  if (file_ != nullptr) std::fclose(file_);
  ::operator delete(static_cast<void*>(slots_), std::align_val_t{64});
}

bool ReplayReader::ReadBytes(void* to, size_t size) {
  size_t got;
  if (file_ != nullptr) {
    got = std::fread(to, 1, size, file_);
  } else {
    got = std::min(size, memory_.size() - memory_at_);
    if (got != 0) std::memcpy(to, memory_.data() + memory_at_, got);
    memory_at_ += got;
  }
  file_offset_ += got;
  return got == size;
}

bool ReplayReader::Damaged(uint64_t at, const std::string& why) {
  if (damage_.empty()) damage_ = fmt::format("{}: corrupt record at offset {} ({})", name_, at, why);
  done_ = true;
  return false;
}

bool ReplayReader::Open(const std::string& path, std::string* why) {
  file_ = std::fopen(path.c_str(), "rbe");
  if (file_ == nullptr) {
    *why = fmt::format("Can't open '{}': {}", path, std::strerror(errno));
    return false;
  }
  static char buffer[1 << 16];
  std::setvbuf(file_, buffer, _IOFBF, sizeof(buffer));
  return OpenBytes("", path, why);
}

bool ReplayReader::OpenBytes(std::string bytes, const std::string& name, std::string* why) {
  name_ = name;
  if (file_ == nullptr) memory_ = std::move(bytes);
  FileHeader header;
  if (!ReadBytes(&header, sizeof(header)) || std::memcmp(header.magic, kFileMagic, sizeof(kFileMagic)) != 0) {
    *why = name + " is not an lzptrace recording";
    return false;
  }
  if (header.format_version != kFormatVersion) {
    *why = fmt::format("{} is a recording of format version {}: this lzptrace reads version {}", name,
                       header.format_version, kFormatVersion);
    return false;
  }
  if (header.protocol_version != proto::kProtocolVersion) {
    *why = fmt::format("{} was recorded with event protocol version {}: this lzptrace reads version {}", name,
                       header.protocol_version, proto::kProtocolVersion);
    return false;
  }
  if (header.table_version != TableVersion()) {
    *why = fmt::format("{} was recorded with another syscall table (version {:016x}, this lzptrace's is {:016x})",
                       name, header.table_version, TableVersion());
    return false;
  }
  ChunkHeader chunk;
  if (!ReadChunk(&chunk) || chunk.type != static_cast<uint32_t>(ChunkType::kCapture) || body_.size() < sizeof(capture_) ||
      body_.size() > sizeof(capture_) + kMaxProgramPath) {
    if (damage_.empty()) Damaged(sizeof(header), "no capture chunk after the file header");
    *why = damage_;
    return false;
  }
  std::memcpy(&capture_, body_.data(), sizeof(capture_));
  program_.assign(reinterpret_cast<const char*>(body_.data()) + sizeof(capture_), body_.size() - sizeof(capture_));
  return true;
}

bool ReplayReader::ReadChunk(ChunkHeader* header) {
  uint64_t at = file_offset_;
  if (!ReadBytes(header, sizeof(*header))) {
    return Damaged(at, file_offset_ == at ? "the recording ends without its end chunk: was it cut short?"
                                          : "the file ends inside a chunk header");
  }
  if (header->length > kMaxChunkBody) return Damaged(at, fmt::format("chunk length {} is too large", header->length));
  body_.resize(header->length);
  body_offset_ = file_offset_;
  if (!ReadBytes(body_.data(), header->length))
    return Damaged(at, fmt::format("chunk of {} bytes cut short after {}", header->length, file_offset_ - body_offset_));
  if (Checksum(body_.data(), body_.size()) != header->checksum) return Damaged(at, "checksum mismatch");
  return true;
}

// uint32_t slots in use, then (uint32_t index, slot bytes) for each changed slot.
std::string ReplayReader::PidName(pid_t pid) const {
  auto it = pid_names_.find(static_cast<uint32_t>(pid));
  return it != pid_names_.end() ? it->second : "";
}

bool ReplayReader::ApplyInflight() {
  constexpr size_t kSlot = sizeof(proto::InflightSlot);
  if (body_.size() < 4 || (body_.size() - 4) % (4 + kSlot) != 0) return Damaged(body_offset_, "bad in-flight chunk length");
  uint32_t next;
  std::memcpy(&next, body_.data(), 4);
  for (size_t at = 4; at < body_.size(); at += 4 + kSlot) {
    uint32_t index;
    std::memcpy(&index, body_.data() + at, 4);
    if (index >= proto::kInflightSlots) return Damaged(body_offset_ + at, "in-flight slot index out of range");
    std::memcpy(static_cast<void*>(&slots_[index]), body_.data() + at + 4, kSlot);
  }
  slot_next_.store(next, std::memory_order_release);
  return true;
}

bool ReplayReader::NextRecord(Event* out) {
  size_t left = body_.size() - record_at_;
  uint64_t at = body_offset_ + record_at_;
  if (left < sizeof(proto::RecordHeader)) return Damaged(at, "a record cut short inside its chunk");
  proto::RecordHeader header;
  std::memcpy(&header, body_.data() + record_at_, sizeof(header));
  uint64_t size = uint64_t{proto::WordCells(header.word)} * proto::kCell;
  if (size < sizeof(header) || size > left) return Damaged(at, fmt::format("record size {} out of bounds", size));
  if (has_stream_offset_ && header.offset <= last_stream_offset_) return Damaged(at, "records out of order");
  if (!EventReader::Decode(body_.data() + record_at_, size, header.offset, out))
    return Damaged(at, out->text);
  has_stream_offset_ = true;
  last_stream_offset_ = header.offset;
  record_at_ += size;
  if (record_at_ == body_.size()) in_records_ = false;
  return true;
}

bool ReplayReader::Next(Event* out) {
  while (!done_) {
    if (in_records_) return NextRecord(out);
    ChunkHeader chunk;
    if (!ReadChunk(&chunk)) return false;
    uint64_t at = body_offset_ - sizeof(chunk);
    switch (static_cast<ChunkType>(chunk.type)) {
      case ChunkType::kRecords:
        record_at_ = 0;
        in_records_ = !body_.empty();
        break;
      case ChunkType::kClock: {
        if (body_.size() != sizeof(ClockChunk)) return Damaged(at, "bad clock chunk length");
        ClockChunk c;
        std::memcpy(&c, body_.data(), sizeof(c));
        // Untrusted like the rest: a rate of 1 MHz to 100 GHz (or none yet), times from 1970 to 5138.
        bool plausible = (c.ticks_per_second == 0 || (c.ticks_per_second >= 1e6 && c.ticks_per_second <= 1e11)) &&
                         c.realtime0 >= 0 && c.realtime0 <= 1e11 && c.monotonic0 >= 0 && c.monotonic0 <= 1e11;
        if (!plausible) return Damaged(at, "implausible clock");
        clock_.Restore({c.tsc0, c.realtime0, c.monotonic0, c.ticks_per_second});
        break;
      }
      case ChunkType::kFlush: {
        if (body_.size() != sizeof(uint64_t)) return Damaged(at, "bad flush chunk length");
        uint64_t now;
        std::memcpy(&now, body_.data(), sizeof(now));
        if (on_flush_) on_flush_(now);
        break;
      }
      case ChunkType::kAnnounce: {
        if (body_.size() < sizeof(proto::SyscallRecord)) return Damaged(at, "bad announce chunk length");
        proto::SyscallRecord rec;
        std::memcpy(&rec, body_.data(), sizeof(rec));
        std::string_view payload(reinterpret_cast<const char*>(body_.data()) + sizeof(rec), body_.size() - sizeof(rec));
        if (rec.payload_size != payload.size()) return Damaged(at, "bad announce chunk length");
        if (on_announce_) on_announce_(rec, payload);
        break;
      }
      case ChunkType::kCorrupt:
        if (body_.size() < sizeof(uint64_t)) return Damaged(at, "bad corrupt-event chunk length");
        out->kind = Event::Kind::kCorrupt;
        std::memcpy(&out->offset, body_.data(), sizeof(uint64_t));
        out->text.assign(reinterpret_cast<const char*>(body_.data()) + sizeof(uint64_t), body_.size() - sizeof(uint64_t));
        return true;
      case ChunkType::kPidName: {
        if (body_.size() < sizeof(uint32_t) || body_.size() > sizeof(uint32_t) + 64) return Damaged(at, "bad pid name chunk length");
        uint32_t pid;
        std::memcpy(&pid, body_.data(), sizeof(pid));
        if (pid_names_.size() > 65536) pid_names_.clear();
        pid_names_[pid].assign(reinterpret_cast<const char*>(body_.data()) + sizeof(pid), body_.size() - sizeof(pid));
        break;
      }
      case ChunkType::kInflight:
        if (!ApplyInflight()) return false;
        break;
      case ChunkType::kEnd: {
        if (body_.size() < sizeof(EndChunk)) return Damaged(at, "bad end chunk length");
        std::memcpy(&end_, body_.data(), sizeof(EndChunk));
        size_t counters = end_.has_counters ? proto::kCounterCount : 0;
        if (body_.size() != sizeof(EndChunk) + counters * sizeof(CounterEntry)) return Damaged(at, "bad end chunk length");
        counters_.resize(counters);
        if (counters) std::memcpy(counters_.data(), body_.data() + sizeof(EndChunk), counters * sizeof(CounterEntry));
        has_end_ = true;
        done_ = true;
        return false;
      }
      default:
        return Damaged(at, fmt::format("unknown chunk type {}", chunk.type));
    }
  }
  return false;
}

}  // namespace lzp::cli::record
