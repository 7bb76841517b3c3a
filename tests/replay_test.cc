// tests/replay_test.cc — --record=FILE and --replay=FILE (cli/record/).
//
// The main check: one run records and prints live at once (--record with
// -o), then --replay of its recording with the same output options must
// print the very same bytes — for several programs, option sets and both
// interposer modes. Then the damaged files: cut at many offsets, a flipped
// byte, another format version, not a recording at all.
#include <sys/wait.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

struct LiveAndReplay {
  RunResult live, replay;
  std::string live_out, replay_out;  // the -o files
  std::string recording;
};

// Records `command` while printing live with `options` to a file, then
// replays the recording with the same options to another file (each run
// with its own extra options: files of its own).
LiveAndReplay RecordAndReplay(const std::string& mode, const std::vector<std::string>& command,
                              const std::vector<std::string>& options, const std::vector<std::string>& live_extra = {},
                              const std::vector<std::string>& replay_extra = {}) {
  LiveAndReplay r;
  r.recording = TempPath("rec.lzp");
  r.live_out = TempPath("live");
  r.replay_out = TempPath("replay");
  r.live = RunProgram(Concat(Concat(Concat({Lzptrace(), "--mode=" + mode, "--record=" + r.recording, "-o", r.live_out},
                                           options), live_extra), command));
  r.replay = RunProgram(Concat(Concat({Lzptrace(), "--replay=" + r.recording, "-o", r.replay_out}, options), replay_extra));
  return r;
}

class Replay : public ::testing::TestWithParam<std::string> {};

TEST_P(Replay, ReplayPrintsWhatTheLiveRunPrinted) {
  const std::vector<std::vector<std::string>> programs = {
      {Program("processes")}, {Program("signals")}, {Program("threads")},
      {Program("fds")},       {Program("vdso_calls")}, {Program("exit_code"), "3"},
  };
  const std::vector<std::vector<std::string>> option_sets = {
      {},
      {"-f", "-tt", "-T"},
      {"-f", "-c"},
      {"-f", "-C", "-w", "-S", "calls"},
      {"-f", "-e", "trace=openat"},
      {"-f", "-e", "status=failed"},
      {"-x", "-s", "10"},
      {"-f", "-xx", "-v", "-tt"},
      {"-f", "-ttt", "-r"},
      {"-f", "-e", "signal=!SIGCHLD", "-q"},
      {"-f", "-Y", "-yy", "-i"},  // -Y: what /proc said live, not at replay
      {"-f", "-k"},
      {"-f", "--color=always"},  // the escape codes too (cli/print/output_sinks.cc sets them for both)
      {"-f", "-X", "raw"},  // -X is an output option: the replay prints numbers too
      {"-f", "-v", "--const-print-style=verbose"},
  };
  for (const auto& command : programs) {
    for (const auto& options : option_sets) {
      std::string what = command[0] + " with";
      for (const std::string& o : options) what += " " + o;
      LiveAndReplay r = RecordAndReplay(GetParam(), command, options);
      ASSERT_TRUE(WIFEXITED(r.replay.status)) << what;
      EXPECT_EQ(WEXITSTATUS(r.replay.status), 0) << what << "\n" << r.replay.err;
      EXPECT_EQ(r.replay.err, "") << what;
      std::string live = ReadFile(r.live_out);
      EXPECT_FALSE(live.empty()) << what;
      EXPECT_EQ(ReadFile(r.replay_out), live) << what;
    }
  }
}

// Calls that block are announced live, while they run (their entry line
// written in its place); the recording keeps each announcement, so the
// replay writes the same lines in the same places.
TEST_P(Replay, BlockedCallsAreShownWhereTheLiveRunShowedThem) {
  const std::vector<std::string> command = {"sh", "-c", "sleep 0.2 & sleep 0.1; wait"};
  for (const std::vector<std::string>& options :
       std::vector<std::vector<std::string>>{{"-f"}, {"-f", "-tt", "-T"}, {"-f", "-e", "trace=wait4,clock_nanosleep"}}) {
    LiveAndReplay r = RecordAndReplay(GetParam(), command, options);
    std::string live = ReadFile(r.live_out);
    // The parent's wait4 entered before the sleeps ended: shown unfinished at its entry.
    EXPECT_NE(live.find("wait4(-1,  <unfinished ...>"), std::string::npos) << live;
    EXPECT_EQ(r.replay.err, "");
    EXPECT_EQ(ReadFile(r.replay_out), live) << options.size();
  }
}

TEST_P(Replay, PerProcessFilesAreTheSame) {  // -ff -o FILE: FILE.PID, as text and as JSON Lines
  for (const std::vector<std::string>& options : {std::vector<std::string>{"-ff", "-tt"}, {"-ff", "--json"}}) {
    LiveAndReplay r = RecordAndReplay(GetParam(), {Program("processes")}, options);
    ASSERT_EQ(WEXITSTATUS(r.replay.status), 0) << r.replay.err;
    int files = 0;
    // The pids: the live files are LIVE.PID; each must have its replay twin.
    std::string listing = RunProgram({"/bin/sh", "-c", "ls " + r.live_out + ".*"}).out;
    for (const std::string& path : Lines(listing)) {
      std::string pid = path.substr(r.live_out.size() + 1);
      EXPECT_EQ(ReadFile(r.replay_out + "." + pid), ReadFile(path)) << path;
      ++files;
    }
    EXPECT_GE(files, 4) << options[1];  // processes.c makes at least four processes
  }
}

// A --perfetto file read back by python3's json module: its tracks (process
// and thread names), then every slice, instant and flow event, one a line,
// sorted (viewers sort events; only the set of them is the timeline).
constexpr char kReadTimeline[] = R"PY(
import json, sys
ev = json.load(open(sys.argv[1]))['traceEvents']
for e in ev:
    assert e['ph'] in ('M', 'X', 'i', 's', 'f'), e
    assert isinstance(e['pid'], int) and isinstance(e['tid'], int), e
tracks = sorted((e['pid'], e['tid'], e['name'], e['args']['name']) for e in ev if e['ph'] == 'M')
rest = sorted(json.dumps(e, sort_keys=True) for e in ev if e['ph'] != 'M')
print('tracks', len(tracks), 'slices', sum(1 for e in ev if e['ph'] == 'X'))
for t in tracks: print('track', *t)
for e in rest: print(e)
)PY";

std::string ReadTimeline(const std::string& path) {
  RunResult r = RunProgram({"python3", "-c", kReadTimeline, path});
  EXPECT_TRUE(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0) << path << "\n" << r.err;
  return r.out;
}

// --json and --perfetto=FILE on --replay: what the live run that recorded
// wrote with the same options. The run and its replay share the pids, the
// clock and the program's name (the recording carries it), so nothing is
// normalised: the JSON Lines must be the same bytes, the timeline the same
// tracks and events (and bytes).
TEST_P(Replay, JsonAndPerfettoAreWhatTheLiveRunWrote) {
  const std::vector<std::vector<std::string>> programs = {
      {Program("processes")}, {Program("signals")}, {Program("threads")},
      {Program("fds")},       {Program("vdso_calls")}, {Program("exit_code"), "3"},
  };
  const std::vector<std::vector<std::string>> option_sets = {
      {"--json"},
      {"-f", "--json", "-tt", "-T"},
      {"-f", "--json", "-e", "trace=openat,close,wait4,clone", "-e", "status=!unfinished"},
      {"-f", "-ttt", "-e", "signal=!SIGCHLD"},  // the timeline alongside strace's text
  };
  for (const auto& command : programs) {
    for (const auto& asked : option_sets) {
      std::string what = command[0] + " with";
      for (const std::string& o : asked) what += " " + o;
      std::string live_timeline = TempPath("live.perfetto"), replay_timeline = TempPath("replay.perfetto");
      LiveAndReplay r = RecordAndReplay(GetParam(), command, asked, {"--perfetto=" + live_timeline},
                                        {"--perfetto=" + replay_timeline});
      ASSERT_TRUE(WIFEXITED(r.replay.status)) << what;
      EXPECT_EQ(WEXITSTATUS(r.replay.status), 0) << what << "\n" << r.replay.err;
      EXPECT_EQ(r.replay.err, "") << what;
      std::string live = ReadFile(r.live_out);
      ASSERT_FALSE(live.empty()) << what;
      bool json = std::find(asked.begin(), asked.end(), "--json") != asked.end();
      EXPECT_EQ(live[0], json ? '{' : live[0]) << what << ": not JSON Lines";
      EXPECT_EQ(ReadFile(r.replay_out), live) << what;
      std::string live_events = ReadTimeline(live_timeline);
      EXPECT_NE(live_events.find(" slices "), std::string::npos) << what;
      EXPECT_EQ(live_events.find(" slices 0\n"), std::string::npos) << what << ": no slice";
      EXPECT_EQ(ReadTimeline(replay_timeline), live_events) << what;
      EXPECT_EQ(ReadFile(replay_timeline), ReadFile(live_timeline)) << what;
    }
  }
}

// The main process's track is named after the recorded program until it
// execs (the live run knows it from the command line; replay from the file).
TEST_P(Replay, TimelineNamesTheRecordedProgram) {
  std::string recording = TempPath("rec.lzp"), timeline = TempPath("replay.perfetto");
  RunResult run = RunProgram({Lzptrace(), "--mode=" + GetParam(), "--record=" + recording, Program("getppid_1000")});
  ASSERT_EQ(WEXITSTATUS(run.status), 0) << run.err;
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + recording, "-o", "/dev/null", "--perfetto=" + timeline});
  ASSERT_EQ(WEXITSTATUS(replay.status), 0) << replay.err;
  std::string events = ReadTimeline(timeline);
  EXPECT_NE(events.find(" process_name getppid_1000\n"), std::string::npos) << events;
  EXPECT_NE(events.find("\"name\": \"getppid\""), std::string::npos) << events;
}

TEST_P(Replay, RecordingAloneIsQuietAndReplaysEveryCall) {
  std::string recording = TempPath("rec.lzp");
  RunResult run = RunProgram({Lzptrace(), "--mode=" + GetParam(), "--record=" + recording, Program("getppid_1000")});
  ASSERT_TRUE(WIFEXITED(run.status));
  EXPECT_EQ(WEXITSTATUS(run.status), 0);
  EXPECT_EQ(run.err, "");  // nothing printed: the trace is in the file
  std::string out = TempPath("replay");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + recording, "-o", out});
  EXPECT_EQ(WEXITSTATUS(replay.status), 0) << replay.err;
  std::vector<std::string> lines = Lines(ReadFile(out));
  EXPECT_EQ(CountCalls(lines, "getppid"), 1000);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back(), "+++ exited with 0 +++");
}

INSTANTIATE_TEST_SUITE_P(Modes, Replay, ::testing::Values("hybrid", "sud"));

TEST(ReplayGaps, WhatTheRecordingLacksIsSaidOnceAndTheRestPrinted) {
  LiveAndReplay r = RecordAndReplay("hybrid", {Program("fds")}, {});
  std::string out = TempPath("replay-y");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + r.recording, "-o", out, "-y", "-s", "100", "-k"});
  EXPECT_EQ(WEXITSTATUS(replay.status), 0);
  std::vector<std::string> err = Lines(replay.err);
  EXPECT_EQ(err, (std::vector<std::string>{
                     "lzptrace: " + r.recording + " was recorded without -y: paths are not shown",
                     "lzptrace: " + r.recording + " was recorded without -k: stack traces are not shown",
                     "lzptrace: " + r.recording + " was recorded with -s 32: strings are cut there",
                 }));
  EXPECT_EQ(ReadFile(out), ReadFile(r.live_out));  // what there is, as it was
}

TEST(ReplayGaps, CountsFromTheRecordedCallsWhenRecordedWithoutC) {
  LiveAndReplay r = RecordAndReplay("hybrid", {Program("getppid_1000")}, {});
  std::string out = TempPath("replay-c");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + r.recording, "-o", out, "-c"});
  EXPECT_EQ(WEXITSTATUS(replay.status), 0);
  EXPECT_NE(replay.err.find("was recorded without -c: counts are taken from the recorded calls"), std::string::npos);
  std::regex getppid_row(R"(^ *[0-9.]+ +[0-9.]+ +[0-9]+ +1000 +getppid$)");
  bool found = false;
  for (const std::string& line : Lines(ReadFile(out))) found |= std::regex_match(line, getppid_row);
  EXPECT_TRUE(found) << ReadFile(out);
}

// A recording of a single-process program (no interleaving: the output of a
// prefix of the events is a prefix of the output).
struct Reference {
  std::string recording, bytes;
  std::vector<std::string> lines;
};
const Reference& SingleProcessRecording() {
  static Reference ref = [] {
    Reference r;
    LiveAndReplay run = RecordAndReplay("hybrid", {Program("vdso_calls")}, {"-tt", "-T"});
    r.recording = run.recording;
    r.bytes = ReadFile(run.recording);
    r.lines = Lines(ReadFile(run.live_out));
    return r;
  }();
  return ref;
}

bool IsPrefix(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  if (part.size() > whole.size()) return false;
  for (size_t i = 0; i < part.size(); ++i)
    if (part[i] != whole[i]) return false;
  return true;
}

TEST(ReplayDamage, TruncatedFilesReplayAPrefixAndSayWhere) {
  const Reference& ref = SingleProcessRecording();
  ASSERT_GT(ref.bytes.size(), 2000u);
  const std::regex error(R"(lzptrace: .*: corrupt record at offset [0-9]+ \(.+\))");
  size_t longest = 0;
  for (int i = 1; i <= 60; ++i) {
    size_t cut = 24 + 16 + 352 + (ref.bytes.size() - 24 - 16 - 352) * i / 61 + i % 7;
    std::string path = TempPath("cut.lzp");
    WriteFile(path, ref.bytes.substr(0, cut));
    std::string out = TempPath("cut-out");
    RunResult replay = RunProgram({Lzptrace(), "--replay=" + path, "-o", out, "-tt", "-T"});
    ASSERT_TRUE(WIFEXITED(replay.status)) << "cut at " << cut;
    EXPECT_EQ(WEXITSTATUS(replay.status), 1) << "cut at " << cut;
    std::vector<std::string> err = Lines(replay.err);
    ASSERT_EQ(err.size(), 1u) << replay.err;
    EXPECT_TRUE(std::regex_match(err[0], error)) << err[0];
    std::vector<std::string> lines = Lines(ReadFile(out));
    EXPECT_TRUE(IsPrefix(lines, ref.lines)) << "cut at " << cut;
    EXPECT_GE(lines.size(), longest) << "a longer file replays no less";
    longest = lines.size();
  }
  EXPECT_GT(longest, ref.lines.size() / 2);
}

TEST(ReplayDamage, CutsInsideTheHeaderAreRefused) {
  const Reference& ref = SingleProcessRecording();
  for (size_t cut : {0, 5, 23, 24, 30, 100, 391}) {
    std::string path = TempPath("head.lzp");
    WriteFile(path, ref.bytes.substr(0, cut));
    RunResult replay = RunProgram({Lzptrace(), "--replay=" + path});
    ASSERT_TRUE(WIFEXITED(replay.status));
    EXPECT_EQ(WEXITSTATUS(replay.status), 1);
    std::string expected = cut < 24 ? "lzptrace: " + path + " is not an lzptrace recording\n"
                                    : "lzptrace: " + path + ": corrupt record at offset 24 (";
    EXPECT_EQ(replay.err.substr(0, expected.size()), expected) << cut;
  }
}

TEST(ReplayDamage, AFlippedByteStopsTheReplayThere) {
  const Reference& ref = SingleProcessRecording();
  std::string bytes = ref.bytes;
  size_t at = bytes.size() / 2;
  bytes[at] ^= 0x40;
  std::string path = TempPath("flip.lzp");
  WriteFile(path, bytes);
  std::string out = TempPath("flip-out");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + path, "-o", out, "-tt", "-T"});
  EXPECT_EQ(WEXITSTATUS(replay.status), 1);
  EXPECT_NE(replay.err.find("(checksum mismatch)"), std::string::npos) << replay.err;
  EXPECT_TRUE(IsPrefix(Lines(ReadFile(out)), ref.lines));
}

TEST(ReplayDamage, OtherVersionsAndOtherFilesAreRefused) {
  const Reference& ref = SingleProcessRecording();
  struct Case {
    size_t offset;  // a 32-bit field of the file header
    std::string message;
  };
  for (const Case& c : {Case{8, "is a recording of format version 99: this lzptrace reads version 2"},
                        Case{12, "was recorded with event protocol version 99: this lzptrace reads version"},
                        Case{16, "was recorded with another syscall table"}}) {
    std::string bytes = ref.bytes;
    uint32_t version = 99;
    bytes.replace(c.offset, 4, reinterpret_cast<const char*>(&version), 4);
    std::string path = TempPath("version.lzp");
    WriteFile(path, bytes);
    RunResult replay = RunProgram({Lzptrace(), "--replay=" + path});
    EXPECT_EQ(WEXITSTATUS(replay.status), 1);
    EXPECT_EQ(Lines(replay.err).size(), 1u) << replay.err;
    EXPECT_NE(replay.err.find(c.message), std::string::npos) << replay.err;
  }
  std::string text = TempPath("text");
  WriteFile(text, "execve(\"/bin/true\", [\"true\"], 0x7ffc /* 3 vars */) = 0\n");
  RunResult replay = RunProgram({Lzptrace(), "--replay=" + text});
  EXPECT_EQ(WEXITSTATUS(replay.status), 1);
  EXPECT_EQ(replay.err, "lzptrace: " + text + " is not an lzptrace recording\n");
  replay = RunProgram({Lzptrace(), "--replay=/nonexistent/rec.lzp"});
  EXPECT_EQ(WEXITSTATUS(replay.status), 1);
  EXPECT_EQ(replay.err, "lzptrace: Can't open '/nonexistent/rec.lzp': No such file or directory\n");
}

TEST(ReplayOptions, AFullDiskIsSaidOnceAndTheProgramRunsOn) {  // as -o FILE on a full disk
  RunResult r = RunProgram({Lzptrace(), "--record=/dev/full", Program("exit_code"), "4"});
  ASSERT_TRUE(WIFEXITED(r.status));
  EXPECT_EQ(WEXITSTATUS(r.status), 4);
  EXPECT_EQ(r.out, "exiting with 4\n");
  EXPECT_EQ(r.err, "lzptrace: /dev/full: No space left on device\n");
}

TEST(ReplayOptions, ReplayTakesNoProgram) {
  RunResult r = RunProgram({Lzptrace(), "--replay=x.lzp", "/bin/true"});
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
  EXPECT_EQ(Lines(r.err)[0], "lzptrace: --replay=FILE prints a recording: it takes no PROG or -p PID");
  r = RunProgram({Lzptrace(), "--record=/nonexistent/dir/rec.lzp", "/bin/true"});
  EXPECT_EQ(WEXITSTATUS(r.status), 1);
  EXPECT_EQ(r.err, "lzptrace: Can't open '/nonexistent/dir/rec.lzp': No such file or directory\n");
}

}  // namespace
}  // namespace lzp::test
