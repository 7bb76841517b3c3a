// cli/print/output_block.h — the -o file's lines gathered in one block and
// handed to stdio whole (issue 12). A line is written either straight into
// the block at a raw pointer (Room: at least n bytes after what is held,
// then Keep with the end written to), or appended from a string built
// elsewhere. The buffer grows only for a line longer than its slack; the
// owner flushes it once Full (the block size is reached) and Clears it.
#pragma once

#include <cstring>
#include <string_view>
#include <vector>

namespace lzp::cli {

class OutputBlock {
 public:
  explicit OutputBlock(size_t block_bytes) : block_(block_bytes), buffer_(block_bytes + kSlack) {}

  // Where up to n more bytes can be written; Keep(end) keeps those written.
  char* Room(size_t n) {
    if (used_ + n > buffer_.size()) buffer_.resize(used_ + n);
    return buffer_.data() + used_;
  }
  void Keep(const char* end) { used_ = static_cast<size_t>(end - buffer_.data()); }
  void Append(std::string_view text) {
    char* at = Room(text.size());
    if (!text.empty()) std::memcpy(at, text.data(), text.size());  // (an empty view may have no data at all)
    Keep(at + text.size());
  }

  // What is held, and dropping what came after its first n bytes (--color
  // repaints a piece the interleaver wrote).
  size_t size() const { return used_; }
  void Truncate(size_t n) {
    if (n < used_) used_ = n;
  }

  bool Full() const { return used_ >= block_; }
  bool empty() const { return used_ == 0; }
  std::string_view text() const { return {buffer_.data(), used_}; }
  void Clear() { used_ = 0; }

 private:
  static constexpr size_t kSlack = 16 * 1024;
  size_t block_;
  std::vector<char> buffer_;
  size_t used_ = 0;
};

}  // namespace lzp::cli
