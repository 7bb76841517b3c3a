// cli/print/output_check.h — notices that writing the trace output failed (a full
// disk: ENOSPC on -o FILE) and says so once, in strace's words
// ("lzptrace: FILE: No space left on device"; strace repeats it at every
// flush). The trace goes on: the program is not disturbed, and lzptrace
// still exits with its status.
#pragma once

#include <cstdio>
#include <string>

namespace lzp::cli {

class OutputCheck {
 public:
  OutputCheck(FILE* out, std::string name) : out_(out), name_(std::move(name)) {}
  // After a flush: reports the stream's error, if it has one, the first time.
  void Check();

 private:
  FILE* out_;
  std::string name_;
  bool reported_ = false;
};

}  // namespace lzp::cli
