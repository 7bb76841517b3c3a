// cli/read/line_arena.h — the text of the interleaver's held lines, in one
// buffer instead of a few std::strings per line (issue 12).
//
// A line's text is written at the end (Room: at least n bytes there) and
// kept with Commit; it is then addressed by its absolute offset (counted
// from the first byte the arena ever held), which stays valid when the
// buffer grows or drops its front. Lines are released in the order they were
// committed (Release: nothing before this offset is needed any more); the
// released front is dropped, with one memmove of what is left, only once it
// is more than half of what is held, so each byte is moved about once.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "cli/read/byte_buffer.h"

namespace lzp::cli {

class LineArena {
 public:
  // Where the next n bytes go (not kept until Commit).
  char* Room(size_t n) {
    if (used_ + n > buffer_.size()) buffer_.resize(used_ + n + buffer_.size() / 2 + 4096);
    return buffer_.data() + used_;
  }
  // Keeps n bytes written at Room.
  void Commit(size_t n) { used_ += n; }
  // The absolute offset of what Room returns.
  uint64_t End() const { return base_ + used_; }
  std::string_view View(uint64_t at, size_t n) const { return {buffer_.data() + (at - base_), n}; }
  // Everything before absolute offset `at` is no longer needed.
  void Release(uint64_t at) {
    const size_t drop = static_cast<size_t>(at - base_);
    if (drop == used_) {
      base_ = at;
      used_ = 0;
    } else if (drop > used_ / 2 && drop >= 4096) {
      std::memmove(buffer_.data(), buffer_.data() + drop, used_ - drop);
      base_ = at;
      used_ -= drop;
    }
  }

 private:
  std::vector<char, NoZeroFill<char>> buffer_;
  uint64_t base_ = 0;  // the absolute offset of buffer_[0]
  size_t used_ = 0;
};

}  // namespace lzp::cli
