// tests/fuzz/predicate_fuzz.cc — libFuzzer target for --filter's parser and
// compiler (cli/filter/). A refused expression must say where, with a column
// inside the text (or just after it); an accepted one is evaluated on a few
// calls, and the tracee's answer (captured strings unknown) must never be
// "no" where the CLI's is "yes", nor may a call the launcher would leave out
// of the trace bitmap (`possible`) ever match.
#include <sys/syscall.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "cli/filter/compiler.h"
#include "cli/filter/matcher.h"
#include "tests/capture_payload.h"
#include "tracer/filter_eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lzp;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto compiled = cli::filter::Compile(text, &error);
  if (!compiled) {
    if (error.rfind("column ", 0) != 0) std::abort();
    long column = std::strtol(error.c_str() + 7, nullptr, 10);
    if (column < 1 || static_cast<size_t>(column) > size + 1) std::abort();
    return 0;
  }
  static const std::string kPayload = lzp::test::StringCapturePayload(1, "/etc/passwd");
  cli::Captures captures;
  captures.Parse(reinterpret_cast<const uint8_t*>(kPayload.data()), kPayload.size());
  const long kCalls[] = {SYS_openat, SYS_read, SYS_getppid, SYS_exit_group, SYS_close, 600};
  for (long nr : kCalls) {
    for (int64_t ret : {int64_t{-2}, int64_t{0}, int64_t{4096}}) {
      proto::SyscallRecord rec{};
      rec.nr = static_cast<uint64_t>(nr);
      rec.args[0] = 0xffffff9c;
      rec.args[1] = 0x1000;
      rec.args[2] = 8192;
      rec.ret = ret;
      rec.tsc_enter = 100;
      rec.tsc_exit = 100 + 2000000;  // 2 ms at 1 GHz
      bool cli_says = cli::filter::Matches(*compiled, rec, captures, 1e9);
      proto::FilterFacts facts{};
      facts.known = proto::kKnowNr | proto::kKnowArgs | proto::kKnowRet | proto::kKnowIds | proto::kKnowDur;
      facts.nr = rec.nr;
      for (int i = 0; i < 6; ++i) facts.args[i] = rec.args[i];
      facts.ret = ret;
      facts.dur_ns = 2000000;
      auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
      proto::Truth tracee_says = proto::EvaluateFilter(compiled->program, facts, undecided);
      if (cli_says && tracee_says == proto::Truth::kFalse) std::abort();
      if (cli_says && nr < 512 && !compiled->possible.test(static_cast<size_t>(nr))) std::abort();
    }
  }
  return 0;
}
