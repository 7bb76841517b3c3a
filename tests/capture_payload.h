// tests/capture_payload.h — a syscall record's payload holding one string
// capture (tracer/capture_format.h), for tests that build records by hand.
#pragma once

#include <cstdint>
#include <string>

#include "tracer/capture_format.h"

namespace lzp::test {

// `text` NUL-terminated as argument `arg`'s capture at entry, padded to 8.
inline std::string StringCapturePayload(int arg, const std::string& text) {
  proto::CaptureChunk chunk{};
  chunk.arg = static_cast<uint8_t>(arg);
  chunk.phase = proto::kAtEntry;
  chunk.length = static_cast<uint32_t>(text.size() + 1);
  std::string out(reinterpret_cast<const char*>(&chunk), sizeof(chunk));
  out += text;
  out += '\0';
  out.resize((out.size() + 7) & ~size_t{7}, '\0');
  return out;
}

}  // namespace lzp::test
