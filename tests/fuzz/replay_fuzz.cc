// tests/fuzz/replay_fuzz.cc — libFuzzer target for --replay's reader
// (cli/record/replay_reader.cc): the input is a recording file, read by
// ReplayReader and printed by the same code --replay runs (PrintRecording)
// to /dev/null, with -f -tt -T -yy and, for odd sizes, -C -x; for sizes of
// 1 mod 3 as --json, for 2 mod 3 with --perfetto=/dev/null.
//
// So that mutations get past the chunks' checksums into the framing and the
// records, the harness first sets every chunk's checksum to match its body
// (walking the chunks as the format lays them out); inputs that are cut or
// mis-framed are left as they are, which is the point. The seeds
// (tests/fuzz/replay_fuzz/) are real recordings of tests/programs.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/options/options.h"
#include "cli/record/record_format.h"
#include "cli/record/replay.h"
#include "cli/record/replay_gaps.h"
#include "cli/record/replay_reader.h"

namespace {

using namespace lzp::cli;

void FixChecksums(std::string* file) {
  size_t at = sizeof(record::FileHeader);
  while (at + sizeof(record::ChunkHeader) <= file->size()) {
    record::ChunkHeader header;
    std::memcpy(&header, file->data() + at, sizeof(header));
    size_t body = at + sizeof(header);
    if (header.length > file->size() - body) return;
    header.checksum = record::Checksum(reinterpret_cast<const uint8_t*>(file->data() + body), header.length);
    std::memcpy(file->data() + at, &header, sizeof(header));
    at = body + header.length;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static FILE* out = std::fopen("/dev/null", "we");
  std::string file(reinterpret_cast<const char*>(data), size);
  FixChecksums(&file);
  Options options;
  options.follow_forks = 1;
  options.timestamps = 2;
  options.durations = true;
  options.decode_fds = kDecodeAll;
  options.summary_and_trace = size % 2;
  options.hex = size % 2;
  options.replay_file = "fuzz.lzp";
  options.json = size % 3 == 1;  // JSON Lines instead of the text
  if (size % 3 == 2) options.perfetto_file = "/dev/null";  // and a timeline
  OutputSinks sinks;
  if (!sinks.OpenFiles(options)) return 0;
  record::ReplayReader reader;
  std::string why;
  if (!reader.OpenBytes(std::move(file), options.replay_file, &why)) return 0;
  record::SayWhatRecordingLacks(options, reader.capture(), options.replay_file);
  record::PrintRecording(&reader, options, out, &sinks);
  return 0;
}
