// tests/json_test.cc — --json, --perfetto and --color.
//
// The argument-text parser (cli/json/strace_value.h) against strace's shapes
// and against malformed and adversarial text (every answer must be valid
// JSON: python3's json module reads them all back). Then real programs in
// both modes: every JSON line read by python3 and by jq, and checked against
// the text trace — of another run of the same program where the text is
// deterministic, of the same run where --perfetto goes alongside -o.
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/json/json_text.h"
#include "cli/json/strace_value.h"
#include "cli/print/line_colors.h"
#include "tests/test_support.h"

namespace lzp::test {
namespace {

using cli::json::ArgumentToJson;
using cli::json::JsonString;
using cli::json::StraceValueToJson;

// Runs a python3 script with arguments; its stdout, after asserting it succeeded.
std::string Python(const std::string& script, const std::vector<std::string>& args = {}) {
  std::vector<std::string> argv = {"python3", "-c", script};
  argv.insert(argv.end(), args.begin(), args.end());
  RunResult r = RunProgram(argv);
  EXPECT_TRUE(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0) << r.err;
  return r.out;
}

void WriteFile(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// --- the parser ---------------------------------------------------------

// strace's shapes, and what each reads as (`argument`: the whole argument
// object, with its text and comment).
struct Shape { const char* text; const char* json; bool argument; };
const Shape kShapes[] = {
    {"3", "3", false},
    {"-1", "-1", false},
    {"0x10", "16", false},
    {"0644", "420", false},
    {"0", "0", false},
    {"0xffffffffffffffff", "18446744073709551615", false},
    {"18446744073709551615", "18446744073709551615", false},
    {"NULL", "null", false},
    {"0x1ffffffffffffffff", "\"0x1ffffffffffffffff\"", false},  // too big: its text
    {"089", "\"089\"", false},
    {"\"/etc/passwd\"", "\"/etc/passwd\"", false},
    {"\"a\\nb\\t\\\"q\\\"\\\\\"", "\"a\\nb\\t\\\"q\\\"\\\\\"", false},
    {"\"\\177ELF\\2\\0\"", "\"\\u007fELF\\u0002\\u0000\"", false},
    {"\"\\x41\\x42\"", "\"AB\"", false},
    {"\"abc\"...", "\"abc\"", false},  // cut by -s: the bytes shown
    {"\"\\xff\\xc3\\xa9\"", "\"\\u00ffé\"", false},  // invalid UTF-8 byte, then é
    {"O_RDONLY|O_CLOEXEC", "[\"O_RDONLY\", \"O_CLOEXEC\"]", false},
    {"S_IFREG|0644", "[\"S_IFREG\", 420]", false},
    {"AT_FDCWD", "\"AT_FDCWD\"", false},
    {"{st_mode=S_IFREG|0644, st_size=1234, ...}", "{\"st_mode\": [\"S_IFREG\", 420], \"st_size\": 1234}", false},
    {"[{fd=3, events=POLLIN}, {fd=4, events=POLLOUT|POLLIN}]", "[{\"fd\": 3, \"events\": \"POLLIN\"}, {\"fd\": 4, \"events\": [\"POLLOUT\", \"POLLIN\"]}]", false},
    {"[INT TERM]", "[\"INT\", \"TERM\"]", false},
    {"[]", "[]", false},
    {"{}", "{}", false},
    {"{...}", "\"{...}\"", false},
    {"[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]", "[\"{WIFEXITED(s) && WEXITSTATUS(s) == 0}\"]", false},
    {"0x7ffd1000 /* 41 vars */", "2147291136", false},
    {"3</etc/passwd>", "{\"fd\": 3, \"path\": \"/etc/passwd\"}", false},
    {"AT_FDCWD</tmp>", "{\"fd\": \"AT_FDCWD\", \"path\": \"/tmp\"}", false},
    {"{sa_handler=SIG_DFL, sa_mask=~[RTMIN RT_1], sa_flags=0}", "{\"sa_handler\": \"SIG_DFL\", \"sa_mask\": \"~[RTMIN RT_1]\", \"sa_flags\": 0}", false},
    {"{st_dev=makedev(0x8, 0x1), st_ino=2}", "{\"st_dev\": \"makedev(0x8, 0x1)\", \"st_ino\": 2}", false},
    {"0x55 /* 14 entries */", "{\"text\": \"0x55 /* 14 entries */\", \"value\": 85, \"comment\": \"14 entries\"}", true},
    {"AT_FDCWD", "{\"text\": \"AT_FDCWD\", \"value\": \"AT_FDCWD\"}", true},
};

TEST(StraceValue, StraceShapes) {
  for (const Shape& shape : kShapes)
    EXPECT_EQ(shape.argument ? ArgumentToJson(shape.text) : StraceValueToJson(shape.text), shape.json) << shape.text;
}

TEST(StraceValue, MalformedTextStaysItsOwnString) {
  for (const char* bad : {"{a=1", "[1, 2", "\"unterminated", "a|", "|", "{=1}", "{1a=2}", "[}", "/* open",
                          "0x", "-", "{a=[1, {b=}]}x", "\"a\"b", "3<", "<>", "{a==1}", "a||b"}) {
    EXPECT_EQ(StraceValueToJson(bad), JsonString(bad)) << bad;
  }
}

// Random and hostile text: nothing crashes, and python3 reads every answer back.
TEST(StraceValue, AdversarialTextAlwaysGivesValidJson) {
  std::mt19937 random(11);
  const std::string alphabet = "{}[]()<>|=,\"\\ /*.x0123456789aZ_-~\n\t\x01\x7f\x80\xc3\xa9\xff";
  std::vector<std::string> inputs = {std::string(100000, '['), std::string(50000, '{') + std::string(50000, '}'),
                                     std::string(20000, '|'), "\"" + std::string(10000, '\\') + "\""};
  std::string nested;
  for (int i = 0; i < 200; ++i) nested = "{k=[" + nested + ", 1]|A}";
  inputs.push_back(nested);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    size_t length = random() % 40;
    for (size_t k = 0; k < length; ++k) s += alphabet[random() % alphabet.size()];
    inputs.push_back(s);
  }
  std::string lines;
  for (const std::string& s : inputs) lines += ArgumentToJson(s) + "\n";
  std::string path = TempPath("adversarial.jsonl");
  WriteFile(path, lines);
  std::string out = Python(
      "import json, sys\n"
      "n = 0\n"
      "for line in open(sys.argv[1], encoding='utf-8'):\n"
      "    v = json.loads(line); assert set(v) <= {'text', 'value', 'comment'}, v; n += 1\n"
      "print(n)\n",
      {path});
  EXPECT_EQ(out, std::to_string(inputs.size()) + "\n");
}

TEST(JsonText, ControlCharactersAndInvalidUtf8AreEscaped) {
  EXPECT_EQ(JsonString(std::string("a\0b", 3)), "\"a\\u0000b\"");
  EXPECT_EQ(JsonString("\xed\xa0\x80"), "\"\\u00ed\\u00a0\\u0080\"");  // a surrogate: not UTF-8
  EXPECT_EQ(JsonString("\xe2\x82\xac"), "\"\xe2\x82\xac\"");           // the euro sign is
  EXPECT_EQ(JsonString("\xff\xf5\xc0\x80"), "\"\\u00ff\\u00f5\\u00c0\\u0080\"");  // never UTF-8
}

TEST(JsonText, SecondsWithMicroseconds) {
  EXPECT_EQ(cli::json::JsonSeconds(1700000000.000001), "1700000000.000001");
  EXPECT_EQ(cli::json::JsonSeconds(0.5), "0.500000");
  EXPECT_EQ(cli::json::JsonSeconds(-0.25), "-0.250000");
  EXPECT_EQ(cli::json::JsonSeconds(0.0000126), "0.000013");
  EXPECT_EQ(cli::json::JsonSeconds(1.0 / 0.0), "null");
}

TEST(LineColors, NamesErrorsSignalsAndEnds) {
  cli::LineColors colors{true};
  EXPECT_EQ(colors.Paint("open(\"x\", O_RDONLY) = -1 ENOENT (No such file or directory)\n"),
            "\x1b[1;34mopen\x1b[0m(\"x\", O_RDONLY) \x1b[31m= -1 ENOENT (No such file or directory)\x1b[0m\n");
  EXPECT_EQ(colors.Paint("[pid 3] --- SIGCHLD {si_signo=SIGCHLD} ---\n"),
            "[pid 3] \x1b[33m--- SIGCHLD {si_signo=SIGCHLD} ---\x1b[0m\n");
  EXPECT_EQ(colors.Paint("+++ exited with 0 +++\n"), "\x1b[1;35m+++ exited with 0 +++\x1b[0m\n");
  EXPECT_EQ(colors.Paint("<... wait4 resumed>, 0) = 3\n"), "<... \x1b[1;34mwait4\x1b[0m resumed>, 0) = 3\n");
  EXPECT_EQ(colors.Paint(" <unfinished ...>\n"), " <unfinished ...>\n");
  EXPECT_EQ(cli::LineColors{false}.Paint("open() = 3\n"), "open() = 3\n");
}

// --- real programs ------------------------------------------------------

class Json : public ::testing::TestWithParam<std::string> {
 protected:
  RunResult Run(std::vector<std::string> options, const std::vector<std::string>& command) {
    options.insert(options.begin(), {Lzptrace(), "--mode=" + GetParam()});
    options.insert(options.end(), command.begin(), command.end());
    RunResult r = RunProgram(options);
    EXPECT_EQ(r.err.find("SUD-only"), std::string::npos) << r.err;
    return r;
  }
};

// Checks each line's schema with python3; prints "type name ret" per object
// and the "text" of each syscall after a tab.
constexpr char kReadJsonLines[] = R"PY(
import json, sys
for line in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(line)
    assert isinstance(o['pid'], int) and isinstance(o['tid'], int), o
    assert isinstance(o['timestamp'], float) and o['timestamp'] > 1e9, o
    assert '<unfinished' not in o['text'] and 'resumed>' not in o['text'], o
    if o['type'] == 'syscall':
        assert isinstance(o['nr'], int) and isinstance(o['args'], list), o
        assert all(set(a) >= {'text', 'value'} for a in o['args']), o
        assert o['text'].startswith(o['name'] + '('), o
        assert ('errno' in o) == (o['ret'] is not None and -4095 <= o['ret'] < 0), o
        if o['ret'] is not None: assert o['duration'] >= 0, o
        print('syscall', o['name'], o['ret'], '\t' + o['text'])
    elif o['type'] == 'signal':
        print('signal', o['signal'], o['siginfo']['si_signo'])
    elif o['type'] == 'exit':
        print('exit', o['code'])
    elif o['type'] == 'killed':
        print('killed', o['signal'], o['core_dumped'])
    else:
        print(o['type'])
)PY";

std::vector<std::string> SyscallTexts(const std::string& summary) {
  std::vector<std::string> texts;
  for (const std::string& line : Lines(summary))
    if (line.rfind("syscall ", 0) == 0) texts.push_back(line.substr(line.find('\t') + 1));
  return texts;
}

// jq reads the file too: the number of syscall objects.
int JqCount(const std::string& path, const std::string& type) {
  RunResult r = RunProgram({"jq", "-s", "[.[] | select(.type == \"" + type + "\")] | length", path});
  EXPECT_EQ(r.status, 0) << r.err;
  return std::atoi(r.out.c_str());
}

TEST_P(Json, SameCallsResultsAndLinesAsTheText) {
  std::string input = TempPath("input.txt");
  WriteFile(input, "hello json\n");
  std::vector<std::string> command = {"/bin/cat", input, "/nonexistent-file"};
  std::vector<std::string> filter = {"-e", "trace=openat,read,write,close,exit_group"};
  std::string text_file = TempPath("text"), json_file = TempPath("json");
  std::vector<std::string> text_options = filter, json_options = filter;
  text_options.insert(text_options.end(), {"-o", text_file});
  json_options.insert(json_options.end(), {"--json", "-o", json_file});
  RunResult text_run = Run(text_options, command), json_run = Run(json_options, command);
  EXPECT_EQ(text_run.out, "hello json\n");
  EXPECT_EQ(json_run.out, text_run.out);
  EXPECT_EQ(json_run.status, text_run.status);

  std::vector<std::string> text_lines;
  for (const std::string& line : Lines(ReadFile(text_file)))
    if (!SyscallNameOf(line).empty()) text_lines.push_back(line);
  std::string summary = Python(kReadJsonLines, {json_file});
  std::vector<std::string> json_lines = SyscallTexts(summary);
  EXPECT_EQ(json_lines, text_lines);  // same calls, same order, each "text" the strace line
  EXPECT_GE(json_lines.size(), 6u);
  EXPECT_EQ(JqCount(json_file, "syscall"), static_cast<int>(json_lines.size()));
  EXPECT_NE(summary.find("syscall write 11 \t"), std::string::npos) << summary;
  EXPECT_NE(summary.find("exit 1"), std::string::npos) << summary;
  // A failed call: its errno and message, and its arguments as values.
  RunResult failed = RunProgram({"jq", "-c",
                                 "select(.name == \"openat\" and .ret == -2) | [.errno, .error, .args[1].value, .args[2].value]",
                                 json_file});
  EXPECT_EQ(failed.out, "[\"ENOENT\",\"No such file or directory\",\"/nonexistent-file\",\"O_RDONLY\"]\n");
  RunResult read = RunProgram({"jq", "-c", "select(.name == \"read\" and .ret == 11) | .args | map(.value)", json_file});
  EXPECT_EQ(read.out, "[3,\"hello json\\n\",131072]\n");
}

// -X: the same schema; each argument's text is the -X text and its value is
// read from it (the number; under verbose the names in "comment").
TEST_P(Json, ConstPrintStyleChangesTextsNotTheSchema) {
  std::vector<std::string> command = {"/bin/cat", "/nonexistent-file"};
  std::vector<std::string> filter = {"-e", "trace=openat"};
  for (const char* style : {"raw", "verbose"}) {
    std::string json_file = TempPath(std::string("json-") + style);
    std::vector<std::string> options = filter;
    options.insert(options.end(), {"-X", style, "--json", "-o", json_file});
    Run(options, command);
    Python(kReadJsonLines, {json_file});  // the schema holds
    RunResult failed = RunProgram(
        {"jq", "-c", "select(.name == \"openat\" and .ret == -2) | [.errno, .args[0].value, .args[0].comment, .args[2]]",
         json_file});
    EXPECT_EQ(failed.out, std::string(style) == "raw"
                              ? "[\"ENOENT\",-100,null,{\"text\":\"0\",\"value\":0}]\n"
                              : "[\"ENOENT\",-100,\"AT_FDCWD\",{\"text\":\"0 /* O_RDONLY */\",\"value\":0,\"comment\":\"O_RDONLY\"}]\n")
        << style;
  }
}

TEST_P(Json, ForksSignalsAndEndsMergedIntoWholeObjects) {
  std::string json_file = TempPath("json"), text_file = TempPath("text");
  RunResult r = Run({"-f", "--json", "-o", json_file}, {Program("processes")});
  Run({"-f", "-o", text_file}, {Program("processes")});
  EXPECT_EQ(r.status, 0);
  std::string summary = Python(kReadJsonLines, {json_file});
  EXPECT_NE(summary.find("exit 5\n"), std::string::npos) << summary;  // the fork child
  EXPECT_NE(summary.find("exit 6\n"), std::string::npos) << summary;  // the vfork child
  EXPECT_NE(summary.find("signal SIGCHLD SIGCHLD\n"), std::string::npos) << summary;
  // Every wait4 once, as one object (the text shows some in two halves).
  std::vector<std::string> text = Lines(ReadFile(text_file));
  int waits = 0;
  for (const std::string& t : SyscallTexts(summary)) waits += t.rfind("wait4(", 0) == 0;
  EXPECT_EQ(waits, CountCalls(text, "wait4"));
  EXPECT_EQ(JqCount(json_file, "syscall"), static_cast<int>(SyscallTexts(summary).size()));
  EXPECT_EQ(JqCount(json_file, "exit"), 5);  // four children and the program
}

// -b execve: the call strace leaves open ("<detached ...>") is one object
// whose text is strace's line (addresses differ between runs: masked).
TEST_P(Json, DetachedAtExecve) {
  std::string json_file = TempPath("json"), text_file = TempPath("text");
  std::vector<std::string> command = {"/bin/sh", "-c", "exec /bin/true"};
  Run({"-b", "execve", "-f", "-e", "trace=execve", "--json", "-o", json_file}, command);
  Run({"-b", "execve", "-f", "-e", "trace=execve", "-o", text_file}, command);
  std::regex address("0x[0-9a-f]+");
  std::vector<std::string> texts, lines;
  for (const std::string& t : SyscallTexts(Python(kReadJsonLines, {json_file}))) texts.push_back(std::regex_replace(t, address, "ADDR"));
  std::regex pid_prefix("^[0-9]+ +");  // -f -o FILE: "PID  " (long lines: no padding to shift)
  for (const std::string& l : Lines(ReadFile(text_file)))
    lines.push_back(std::regex_replace(std::regex_replace(l, pid_prefix, ""), address, "ADDR"));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts, lines);
  EXPECT_NE(texts[1].find("<detached ...>"), std::string::npos);
  RunResult ret = RunProgram({"jq", "-c", "[.ret, .ret_text]", json_file});
  EXPECT_EQ(ret.out, "[0,\"0\"]\n[null,\"?\"]\n");
}

TEST_P(Json, KilledProcessAndTimes) {
  std::string json_file = TempPath("json");
  RunResult r = Run({"--json", "-tt", "-e", "trace=kill", "-o", json_file}, {Program("sigkill_self"), "3"});
  EXPECT_TRUE(WIFSIGNALED(r.status));
  std::string summary = Python(kReadJsonLines, {json_file});
  EXPECT_NE(summary.find("killed SIGKILL False"), std::string::npos) << summary;
  RunResult times = RunProgram({"jq", "-r", ".time", json_file});
  for (const std::string& t : Lines(times.out)) EXPECT_TRUE(t.size() == 15 && t[2] == ':' && t[8] == '.') << t;
  EXPECT_FALSE(Lines(times.out).empty());
}

TEST_P(Json, PerThreadFilesWithFF) {
  std::string base = TempPath("ff");
  RunResult r = Run({"-ff", "--json", "-e", "trace=exit_group,wait4,execve", "-o", base}, {Program("processes")});
  EXPECT_EQ(r.status, 0);
  std::string out = Python(R"PY(
import glob, json, sys
files = glob.glob(sys.argv[1] + '.*')
for f in files:
    tid = int(f.rsplit('.', 1)[1])
    for line in open(f):
        o = json.loads(line)
        assert o['tid'] == tid, (f, o)
print(len(files))
)PY", {base});
  EXPECT_GE(std::atoi(out.c_str()), 5);
}

TEST_P(Json, PerfettoTimelineAlongsideTheText) {
  std::string trace_file = TempPath("perfetto.json"), text_file = TempPath("text");
  RunResult r = Run({"-f", "--perfetto=" + trace_file, "-o", text_file}, {Program("processes")});
  EXPECT_EQ(r.status, 0);
  std::vector<std::string> text = Lines(ReadFile(text_file));
  std::map<std::string, int> calls;  // per syscall name, in the text
  int signals = 0, ends = 0;
  for (const std::string& line : text) {
    std::string name = SyscallNameOf(line);
    if (!name.empty()) calls[name]++;
    signals += line.find("--- SIGCHLD") != std::string::npos;
    ends += line.find("+++ exited") != std::string::npos;
  }
  std::string expected;
  for (auto& [name, n] : calls) expected += name + " " + std::to_string(n) + "\n";
  std::string out = Python(R"PY(
import collections, json, sys
d = json.load(open(sys.argv[1]))
ev = d['traceEvents']
slices = [e for e in ev if e['ph'] == 'X']
names = collections.Counter(e['name'] for e in slices)
for n in sorted(names): print(n, names[n])
for e in slices:
    assert e['dur'] >= 0 and e['ts'] >= 0 and e['args']['line'].startswith(e['name'] + '('), e
threads = {(e['pid'], e['tid']) for e in ev if e['ph'] in 'Xi'}
named = {(e['pid'], e['tid']) for e in ev if e['ph'] == 'M' and e['name'] == 'thread_name'}
assert threads <= named, (threads, named)
processes = {e['args']['name'] for e in ev if e['ph'] == 'M' and e['name'] == 'process_name'}
assert {'processes', 'echo', 'sh'} <= processes, processes
starts = {e['id']: e for e in ev if e['ph'] == 's'}
finishes = {e['id']: e for e in ev if e['ph'] == 'f'}
assert set(starts) == set(finishes) and len(starts) >= 7, (starts, finishes)
for i in starts: assert finishes[i]['ts'] >= starts[i]['ts'], (starts[i], finishes[i])
print('signals', sum(1 for e in ev if e['ph'] == 'i' and e['name'] == 'SIGCHLD'))
print('ends', sum(1 for e in ev if e['ph'] == 'i' and e['cat'] == 'exit'))
print('tracks', len({e['tid'] for e in ev if e['ph'] == 'X'}))
)PY", {trace_file});
  EXPECT_EQ(out, expected + "signals " + std::to_string(signals) + "\nends " + std::to_string(ends) + "\ntracks 5\n");
}

TEST_P(Json, PerfettoTracksPerThread) {
  std::string trace_file = TempPath("perfetto.json");
  RunResult r = Run({"-f", "-e", "trace=getppid,gettid", "--perfetto=" + trace_file, "-o", "/dev/null"}, {Program("threads")});
  EXPECT_EQ(r.status, 0);
  std::string out = Python(R"PY(
import json, sys
ev = json.load(open(sys.argv[1]))['traceEvents']
pids = {e['pid'] for e in ev if e['ph'] == 'X'}
tids = {e['tid'] for e in ev if e['ph'] == 'X' and e['name'] == 'getppid'}
print(len(pids), len(tids) >= 4, sum(1 for e in ev if e['ph'] == 'X' and e['name'] == 'getppid'))
)PY", {trace_file});
  EXPECT_EQ(out, "1 True 800\n");  // four workers' 200 calls each, one process
}

TEST_P(Json, ColorOnlyWhenAskedOrOnATerminal) {
  std::string always = TempPath("always"), automatic = TempPath("auto"), json_file = TempPath("json");
  Run({"--color=always", "-o", always}, {"/bin/cat", "/nonexistent-file"});
  Run({"--color=auto", "-o", automatic}, {"/bin/cat", "/nonexistent-file"});
  Run({"--color=always", "--json", "-o", json_file}, {"/bin/cat", "/nonexistent-file"});
  std::string painted = ReadFile(always);
  EXPECT_NE(painted.find("\x1b[1;34mopenat\x1b[0m("), std::string::npos) << painted;
  EXPECT_NE(painted.find("\x1b[31m= -1 ENOENT"), std::string::npos) << painted;
  EXPECT_NE(painted.find("\x1b[1;35m+++ exited with 1 +++\x1b[0m"), std::string::npos) << painted;
  EXPECT_EQ(ReadFile(automatic).find('\x1b'), std::string::npos);
  EXPECT_FALSE(ReadFile(automatic).empty());
  EXPECT_EQ(ReadFile(json_file).find('\x1b'), std::string::npos);
}

// --color=auto on a terminal: lzptrace's stderr is a pty that python3 reads.
TEST_P(Json, ColorAutoOnATerminal) {
  std::string out = Python(R"PY(
import os, pty, subprocess, sys
master, slave = pty.openpty()
subprocess.run(sys.argv[1:], stderr=slave, stdout=subprocess.DEVNULL)
os.close(slave)
data = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
print('painted' if b'\x1b[1;34mopenat\x1b[0m(' in data else 'plain', 'openat(AT_FDCWD' in data.decode('utf-8', 'replace'))
)PY", {Lzptrace(), "--mode=" + GetParam(), "--color=auto", "-e", "trace=openat", "/bin/cat", "/nonexistent-file"});
  EXPECT_EQ(out, "painted False\n");
}

INSTANTIATE_TEST_SUITE_P(Modes, Json, ::testing::Values("hybrid", "sud"));

TEST(JsonOptions, BadValuesAreOneLineErrors) {
  RunResult color = RunProgram({Lzptrace(), "--color=sometimes", "true"});
  EXPECT_EQ(WEXITSTATUS(color.status), 1);
  EXPECT_EQ(Lines(color.err)[0], "lzptrace: invalid --color argument: 'sometimes'");
  RunResult perfetto = RunProgram({Lzptrace(), "--perfetto=/nonexistent-dir/x.json", "true"});
  EXPECT_EQ(WEXITSTATUS(perfetto.status), 1);
  EXPECT_EQ(perfetto.err, "lzptrace: Can't fopen '/nonexistent-dir/x.json': No such file or directory\n");
}

}  // namespace
}  // namespace lzp::test
