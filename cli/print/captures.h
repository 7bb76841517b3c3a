// cli/print/captures.h — the argument data a syscall record carries (its payload,
// tracer/capture_format.h), parsed and bounds-checked.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tracer/capture_format.h"
#include "tracer/protocol.h"

namespace lzp::cli {

struct Capture {
  uint8_t status = 0;      // proto::CaptureStatus bits
  std::string_view data;   // points into the record's copy
  bool faulted() const { return status & proto::kCaptureFaulted; }
  bool truncated() const { return status & proto::kCaptureTruncated; }
};

class Captures {
 public:
  // Parses `size` bytes of payload; false (and no captures) if malformed.
  // (A record without a payload, the common case, is answered inline.)
  bool Parse(const uint8_t* payload, uint64_t size) {
    if (size == 0) {
      entries_.clear();
      return true;
    }
    return ParseChunks(payload, size);
  }
  const Capture* Find(int arg, uint8_t phase) const {
    return entries_.empty() ? nullptr : FindEntry(arg, phase);
  }
  // The exit-time capture if there is one, else the entry-time one.
  const Capture* Latest(int arg) const;

 private:
  bool ParseChunks(const uint8_t* payload, uint64_t size);
  const Capture* FindEntry(int arg, uint8_t phase) const;
  struct Entry { int arg; uint8_t phase; Capture capture; };
  std::vector<Entry> entries_;
};

}  // namespace lzp::cli
