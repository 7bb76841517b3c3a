// tests/fuzz_regressions_test.cc — what the fuzzers (tests/fuzz/) found, as
// unit tests that keep it fixed. Each names the target and the input.
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "cli/options/filter.h"
#include "cli/record/record_format.h"
#include "cli/record/replay_reader.h"

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

// replay_fuzz: a chunk with an empty body, read from memory, passed a null
// destination to memcpy (an empty vector's data()). Empty chunks are valid.
TEST(FuzzRegressions, EmptyChunksInARecordingInMemory) {
  std::string file;
  auto add = [&file](const void* bytes, size_t size) { file.append(static_cast<const char*>(bytes), size); };
  auto chunk = [&](record::ChunkType type, const void* body, uint32_t size) {
    record::ChunkHeader header = {static_cast<uint32_t>(type), size,
                                  record::Checksum(static_cast<const uint8_t*>(body), size)};
    add(&header, sizeof(header));
    add(body, size);
  };
  record::FileHeader header = {};
  std::memcpy(header.magic, record::kFileMagic, sizeof(header.magic));
  header.format_version = record::kFormatVersion;
  header.protocol_version = proto::kProtocolVersion;
  header.table_version = record::TableVersion();
  add(&header, sizeof(header));
  record::CaptureChunk capture = {};
  chunk(record::ChunkType::kCapture, &capture, sizeof(capture));
  chunk(record::ChunkType::kRecords, "", 0);
  record::EndChunk end = {};
  chunk(record::ChunkType::kEnd, &end, sizeof(end));
  record::ReplayReader reader;
  std::string why;
  ASSERT_TRUE(reader.OpenBytes(file, "mem.lzp", &why)) << why;
  Event event;
  EXPECT_FALSE(reader.Next(&event));
  EXPECT_EQ(reader.damage(), "");
  EXPECT_NE(reader.end(), nullptr);
}

}  // namespace
}  // namespace lzp::cli
