// cli/record/replay.cc — see replay.h.
#include "cli/record/replay.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/print/output_check.h"
#include "cli/print/trace_printer.h"
#include "cli/record/recorded_counts.h"
#include "cli/record/replay_gaps.h"
#include "cli/summary/summary.h"

namespace lzp::cli::record {

void PrintRecording(ReplayReader* reader, const Options& options, FILE* out, OutputSinks* sinks) {
  const pid_t main_pid = static_cast<pid_t>(reader->capture().main_pid);
  TracePrinter printer(options, out, main_pid, reader->clock());
  printer.StartAt(reader->capture().start_tsc);
  printer.SetCompanion(reader->capture().companion != 0);
  printer.WatchInflight(reader->slots(), reader->slot_next());
  printer.SetPidNameLookup([reader](pid_t pid) { return reader->PidName(pid); });  // -Y: never today's /proc
  sinks->Attach(options, &printer, reader->clock(), main_pid, reader->program(), out);
  OutputCheck output_check(out == stderr ? nullptr : out, options.output_file);
  reader->OnFlush([&](uint64_t now) {
    printer.Flush(now);
    output_check.Check();
  });
  reader->OnAnnounce([&](const proto::SyscallRecord& rec, std::string_view payload) { printer.Announce(rec, payload); });
  RecordedCounts counts;  // -c's table when the recording has none (counted only for -c)
  const bool counting = options.summary || options.summary_and_trace;
  Event event;
  while (reader->Next(&event)) {
    if (counting) counts.Add(event);
    printer.Handle(event);
  }
  reader->OnFlush(nullptr);
  reader->OnAnnounce(nullptr);

  const EndChunk* end = reader->end();
  if (end != nullptr && end->detached) printer.LetGo();
  printer.Finish(end != nullptr ? end->status : -1, end != nullptr ? end->finish_tsc : 0);
  if (options.summary || options.summary_and_trace) {
    if (reader->counters() != nullptr) counts.Load(reader->counters());
    else SayCountsFromRecords(options.replay_file);
    PrintSummary(out, counts.counters(), reader->clock()->ticks_per_second(), options.sort_by, options.summary_columns);
  }
  std::fflush(out);
  output_check.Check();
}

int Replay(const Options& asked) {
  const std::string& path = asked.replay_file;
  ReplayReader reader;
  std::string why;
  if (!reader.Open(path, &why)) {
    std::fprintf(stderr, "lzptrace: %s\n", why.c_str());
    return 1;
  }
  SayWhatRecordingLacks(asked, reader.capture(), path);
  Options options = asked;  // -s beyond what was captured: cut where the capture was cut
  options.string_limit = std::min(asked.string_limit, reader.capture().string_limit);
  options.replayed_several_attached = (reader.capture().follow_forks & kSeveralAttached) != 0;
  FILE* out = stderr;
  if (!options.output_file.empty() && options.follow_forks < 2) {
    out = std::fopen(options.output_file.c_str(), options.append_output ? "ae" : "we");
    if (out == nullptr) {
      std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", options.output_file.c_str(), std::strerror(errno));
      return 1;
    }
  }
  static char buffer[1 << 16];
  std::setvbuf(out, buffer, _IOFBF, sizeof(buffer));
  OutputSinks sinks;  // --json, --perfetto=FILE, --color
  if (!sinks.OpenFiles(options)) return 1;
  PrintRecording(&reader, options, out, &sinks);
  if (out != stderr) std::fclose(out);
  bool written = sinks.Close();
  if (!reader.damage().empty()) {
    std::fprintf(stderr, "lzptrace: %s\n", reader.damage().c_str());
    return 1;
  }
  return written ? 0 : 1;
}

}  // namespace lzp::cli::record
