// cli/filter/matcher.cc — see matcher.h. String tests read the argument's
// capture (the exit-time one if there is one, else the entry-time one): `==`
// and `!=` compare it whole, `~` matches it against a shell glob (fnmatch,
// where '*' also matches '/'). A faulted or missing capture matches nothing.
#include "cli/filter/matcher.h"

#include <fnmatch.h>

#include <string>

#include "tracer/filter_eval.h"

namespace lzp::cli::filter {

bool Matches(const CompiledFilter& filter, const proto::SyscallRecord& rec, const Captures& captures,
             double ticks_per_second) {
  proto::FilterFacts facts{};
  facts.known = proto::kKnowNr | proto::kKnowArgs | proto::kKnowIds;
  facts.nr = rec.nr;
  for (int i = 0; i < 6; ++i) facts.args[i] = rec.args[i];
  facts.pid = rec.pid;
  facts.tid = rec.tid;
  if (!(rec.flags & proto::kNoReturn)) {
    facts.known |= proto::kKnowRet;
    facts.ret = rec.ret;
    if (ticks_per_second > 0) {
      facts.known |= proto::kKnowDur;
      uint64_t ticks = rec.tsc_exit > rec.tsc_enter ? rec.tsc_exit - rec.tsc_enter : 0;
      facts.dur_ns = static_cast<uint64_t>(static_cast<double>(ticks) / ticks_per_second * 1e9);
    }
  }
  auto strings = [&](const proto::FilterInsn& in, int position) {
    const Capture* c = captures.Latest(position);
    if (c == nullptr || c->faulted() || in.aux >= filter.patterns.size()) return proto::Truth::kFalse;
    std::string data(c->data);
    if (!data.empty() && data.back() == '\0') data.pop_back();
    const std::string& pattern = filter.patterns[in.aux];
    bool result = in.cmp == proto::kCmpGlob ? data.find('\0') == std::string::npos &&
                                                  fnmatch(pattern.c_str(), data.c_str(), 0) == 0
                                            : data == pattern;
    if (in.cmp == proto::kCmpNe) result = !result;
    return result ? proto::Truth::kTrue : proto::Truth::kFalse;
  };
  return proto::EvaluateFilter(filter.program, facts, strings) == proto::Truth::kTrue;
}

}  // namespace lzp::cli::filter
