// cli/print/output_sinks.cc — see output_sinks.h.
#include "cli/print/output_sinks.h"

#include <cerrno>
#include <cstring>

#include "cli/print/line_colors.h"

namespace lzp::cli {

namespace {
constexpr size_t kPerfettoBuffer = 1 << 16;
}

OutputSinks::~OutputSinks() {
  if (perfetto_out_ != nullptr) std::fclose(perfetto_out_);
}

bool OutputSinks::OpenFiles(const Options& options) {
  if (options.perfetto_file.empty()) return true;
  perfetto_path_ = options.perfetto_file;
  perfetto_out_ = std::fopen(perfetto_path_.c_str(), "we");  // e: O_CLOEXEC, a tracee must not inherit it
  if (perfetto_out_ == nullptr) {
    std::fprintf(stderr, "lzptrace: Can't fopen '%s': %s\n", perfetto_path_.c_str(), std::strerror(errno));
    return false;
  }
  perfetto_buffer_ = std::make_unique<char[]>(kPerfettoBuffer);
  std::setvbuf(perfetto_out_, perfetto_buffer_.get(), _IOFBF, kPerfettoBuffer);
  return true;
}

void OutputSinks::Attach(const Options& options, TracePrinter* printer, const TscClock* clock, pid_t main_pid,
                         const std::string& program, FILE* text_out) {
  if (options.json) {
    json_lines_ = std::make_unique<json::JsonSink>(options, clock, printer->start_tsc(),
                                                   [printer](pid_t tid) { return printer->OutputFor(tid); });
    printer->AddSink(json_lines_.get());
    printer->SetTextOutput(false);
  }
  if (perfetto_out_ != nullptr) {
    timeline_ = std::make_unique<perfetto::PerfettoSink>(perfetto_out_, clock, printer->start_tsc(), main_pid, program);
    printer->AddSink(timeline_.get());
  }
  bool per_pid_files = options.follow_forks >= 2 && !options.output_file.empty();  // never a terminal
  ColorWhen when = per_pid_files && options.color == ColorWhen::kAuto ? ColorWhen::kNever : options.color;
  printer->SetColor(!options.json && UseColor(when, fileno(text_out)));
}

bool OutputSinks::Close() {
  if (perfetto_out_ == nullptr) return true;
  bool written = std::fclose(perfetto_out_) == 0;
  perfetto_out_ = nullptr;
  if (!written) std::fprintf(stderr, "lzptrace: %s: %s\n", perfetto_path_.c_str(), std::strerror(errno));
  return written;
}

}  // namespace lzp::cli
