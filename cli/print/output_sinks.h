// cli/print/output_sinks.h — what a printer writes besides (or instead of)
// strace's text, attached the same way by a live run (cli/main.cc) and by
// --replay (cli/record/replay.cc), so that both write the same bytes:
//   --json           JSON Lines (cli/json/) to the text's own files (-o,
//                    -ff -o), and the text turned off;
//   --perfetto=FILE  a timeline (cli/perfetto/) alongside, to FILE;
//   --color          escape codes in the text, only on a terminal for auto
//                    (never with --json, never in -ff's per-pid files).
// OpenFiles runs before anything is traced or replayed, so that a FILE that
// cannot be created is strace's one-line "Can't fopen" error and exit 1.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/json/json_sink.h"
#include "cli/options/options.h"
#include "cli/perfetto/perfetto_sink.h"
#include "cli/print/trace_printer.h"
#include "cli/read/clock.h"

namespace lzp::cli {

class OutputSinks {
 public:
  OutputSinks() = default;
  OutputSinks(const OutputSinks&) = delete;
  OutputSinks& operator=(const OutputSinks&) = delete;
  ~OutputSinks();

  // Creates --perfetto's FILE, if asked; false (said on stderr) if it cannot.
  bool OpenFiles(const Options& options);
  // Hands the sinks to `printer` and sets its colour for `text_out`.
  // `program`: the path the first process (main_pid) runs, "" if not known
  // (-p): its track's name until it execs.
  void Attach(const Options& options, TracePrinter* printer, const TscClock* clock, pid_t main_pid,
              const std::string& program, FILE* text_out);
  // After the printer's Finish: closes FILE; false (said) if writing it failed.
  bool Close();

 private:
  std::string perfetto_path_;
  FILE* perfetto_out_ = nullptr;
  std::unique_ptr<char[]> perfetto_buffer_;
  std::unique_ptr<json::JsonSink> json_lines_;
  std::unique_ptr<perfetto::PerfettoSink> timeline_;
};

}  // namespace lzp::cli
