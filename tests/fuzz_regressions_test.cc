// tests/fuzz_regressions_test.cc — what the fuzzers (tests/fuzz/) found, as
// unit tests that keep it fixed. Each names the target and the input.
#include <string>

#include <gtest/gtest.h>

#include "cli/options/filter.h"

namespace lzp::cli {
namespace {

std::bitset<512> TraceSet(const std::string& expression) {
  Filters f;
  std::string error;
  EXPECT_TRUE(ApplyExpression(expression, &f, &error)) << expression << ": " << error;
  return f.trace;
}

// options_fuzz: "-e /m\4/++++++++++++++++++++++++" ran for minutes (glibc's
// regcomp copies an atom's tree once per quantifier in a run). A run of
// * + ? now compiles as the one quantifier it means; 64 of them would take
// longer than the test's timeout otherwise.
TEST(FuzzRegressions, QuantifierRunsCompileAtOnce) {
  EXPECT_EQ(TraceSet("trace=/^getppid" + std::string(64, '+') + "$"), TraceSet("trace=/^getppid+$"));
  EXPECT_EQ(TraceSet("trace=/m\4/" + std::string(64, '+')), TraceSet("trace=/m\4/+"));
  EXPECT_EQ(TraceSet("trace=/^(read|write)?+*?+$"), TraceSet("trace=/^(read|write)*$"));
}

TEST(FuzzRegressions, QuantifierRunsKeepTheirMeaning) {
  EXPECT_EQ(TraceSet("trace=/^reads?+$"), TraceSet("trace=/^reads*$"));
  EXPECT_EQ(TraceSet("trace=/^read??$"), TraceSet("trace=/^read?$"));
  EXPECT_TRUE(TraceSet("trace=/^read??$").any());
  // Escaped and bracketed quantifiers are characters, not quantifiers.
  std::bitset<512> none;
  EXPECT_EQ(TraceSet("trace=/read\\+\\+"), none);
  EXPECT_EQ(TraceSet("trace=/read[+*][+?]"), none);
  EXPECT_EQ(TraceSet("trace=/^[[:alpha:]]+++64$"), TraceSet("trace=/^[[:alpha:]]+64$"));
  // A quantifier with nothing before it keeps regcomp's own reading.
  Filters f;
  std::string error;
  EXPECT_EQ(ApplyExpression("trace=/++read", &f, &error), ApplyExpression("trace=/+read", &f, &error));
}

}  // namespace
}  // namespace lzp::cli
