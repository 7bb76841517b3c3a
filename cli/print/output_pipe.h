// cli/print/output_pipe.h — strace's `-o '|CMD'` (or `'!CMD'`): the trace is
// written into a pipe read by `sh -c CMD`. The command runs as a grandchild
// (the middle process exits at once), so the ptrace companion, which waits for
// every child of lzptrace, never sees it; a second pipe, whose write end only
// the command holds, tells when it is done: Close() closes the trace's pipe
// and reads that pipe to its end, so the command has written everything when
// lzptrace exits (strace waits for its command too).
#pragma once

#include <cstdio>
#include <string>

namespace lzp::cli {

class OutputPipe {
 public:
  // Starts CMD; the stream to write the trace into, or nullptr (errno set).
  FILE* Open(const std::string& command);
  // Closes the stream and waits until the command has ended.
  void Close();

 private:
  FILE* out_ = nullptr;
  int done_fd_ = -1;  // read end of the pipe only the command holds
};

}  // namespace lzp::cli
