// tests/attach_test.cc — -p injects the interposer into a running process
// and takes it out again, in both modes.
//
// tests/programs/attach_loop answers one line per command byte; three of its
// threads are asleep (read of stdin, a futex, read of a pipe) when lzptrace
// attaches: their calls must be restarted and traced in-process (--stats
// counts calls that came through a SIGSYS, which only the interposer sees),
// and when lzptrace is interrupted the process must go on exactly as before,
// with nothing of ours left: no mapping of the interposer, page 0 or the
// ring, no fd, no tracer. Every step waits for its effect (a line, a task
// asleep in a call), never for time.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace lzp::test {
namespace {

std::vector<std::string> Tasks(const std::string& pid) {
  std::vector<std::string> tids;
  if (DIR* d = opendir(("/proc/" + pid + "/task").c_str())) {
    while (struct dirent* e = readdir(d))
      if (e->d_name[0] != '.') tids.push_back(e->d_name);
    closedir(d);
  }
  std::sort(tids.begin(), tids.end());
  return tids;
}

// The syscall task `tid` of `pid` is asleep in (state S, /proc/.../syscall), or -1.
long AsleepIn(const std::string& pid, const std::string& tid) {
  std::string dir = "/proc/" + pid + "/task/" + tid + "/";
  std::string stat = ReadFile(dir + "stat"), call = ReadFile(dir + "syscall");
  size_t paren = stat.rfind(')');
  if (paren == std::string::npos || stat.compare(paren, 3, ") S") != 0 || call.empty() || call[0] < '0' || call[0] > '9')
    return -1;
  return std::atol(call.c_str());
}

// Until every task of `pid` is asleep in the call `want` gives for it.
bool WaitUntilAsleep(const std::string& pid, const std::map<std::string, long>& want) {
  for (int i = 0; i < 4000; ++i) {
    bool all = true;
    for (const auto& [tid, nr] : want) all = all && AsleepIn(pid, tid) == nr;
    if (all) return true;
    usleep(5000);
  }
  return false;
}

// "fd -> target" for each fd of `pid`.
std::set<std::string> Fds(const std::string& pid) {
  std::set<std::string> fds;
  std::string dir = "/proc/" + pid + "/fd/";
  if (DIR* d = opendir(dir.c_str())) {
    while (struct dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;
      char target[512];
      ssize_t n = readlink((dir + e->d_name).c_str(), target, sizeof(target) - 1);
      fds.insert(std::string(e->d_name) + " -> " + std::string(target, n > 0 ? static_cast<size_t>(n) : 0));
    }
    closedir(d);
  }
  return fds;
}

struct Range {
  unsigned long start, end;
};
std::vector<Range> Mappings(const std::string& maps) {
  std::vector<Range> ranges;
  std::istringstream in(maps);
  std::string line;
  while (std::getline(in, line)) {
    Range r{};
    if (std::sscanf(line.c_str(), "%lx-%lx", &r.start, &r.end) == 2) ranges.push_back(r);
  }
  return ranges;
}

// attach_loop's threads besides `pid` (its main thread, in read(0)): the
// sleeper in futex (created first), the reader in read(3).
std::pair<std::string, std::string> SleeperAndReader(const std::string& pid, const std::vector<std::string>& tids) {
  std::vector<std::string> others;
  for (const std::string& t : tids)
    if (t != pid) others.push_back(t);
  std::sort(others.begin(), others.end(), [](const std::string& a, const std::string& b) { return std::stol(a) < std::stol(b); });
  return {others.size() > 0 ? others[0] : "", others.size() > 1 ? others[1] : ""};
}

// Writes one command byte to `p` and expects its answer line.
void Ask(const PipedProgram& p, char command, const std::string& want) {
  EXPECT_EQ(write(p.in, &command, 1), 1);
  EXPECT_EQ(ReadLine(p.out), want) << "after '" << command << "'";
}

// Until `file` holds `text` (the trace reaches its file when lzptrace is idle).
bool WaitForText(const std::string& file, const std::string& text) {
  for (int i = 0; i < 2000; ++i) {
    if (ReadFile(file).find(text) != std::string::npos) return true;
    usleep(10000);
  }
  return false;
}

// Interrupts lzptrace (it detaches and dies of SIGINT), waits for it, and returns
// what it said on `err_fd` (closed here).
std::vector<std::string> LetGo(pid_t tracer, int err_fd) {
  kill(tracer, SIGINT);
  int status = 0;
  EXPECT_EQ(waitpid(tracer, &status, 0), tracer);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;  // as strace: it dies of it
  std::vector<std::string> said;
  for (std::string line; !(line = ReadLine(err_fd)).empty();) said.push_back(line);
  close(err_fd);
  return said;
}

class AttachInProcess : public ::testing::TestWithParam<std::string> {
 protected:
  void AttachUseAndLetGo(const std::string& program);
};

TEST_P(AttachInProcess, TracesAtFullSpeedAndLeavesNothingBehind) { AttachUseAndLetGo("attach_loop"); }

// The same program linked statically: no loader ever ran in it.
TEST_P(AttachInProcess, StaticProgramToo) { AttachUseAndLetGo("attach_loop_static"); }

void AttachInProcess::AttachUseAndLetGo(const std::string& program) {
  PipedProgram p = StartPiped({Program(program)});
  ASSERT_GT(p.pid, 0);
  pid_t target = p.pid;
  std::string pid = std::to_string(target);
  Ask(p, 'n', "count 1");
  Ask(p, 'w', "woken 1");
  Ask(p, 'r', "read 1");
  Ask(p, 's', "handled 1");
  std::vector<std::string> tids = Tasks(pid);
  ASSERT_EQ(tids.size(), 3u);
  const auto [sleeper, reader] = SleeperAndReader(pid, tids);
  const std::map<std::string, long> asleep = {{pid, 0}, {sleeper, 202}, {reader, 0}};
  ASSERT_TRUE(WaitUntilAsleep(pid, asleep));
  const std::set<std::string> fds_before = Fds(pid);
  const std::vector<Range> maps_before = Mappings(ReadFile("/proc/" + pid + "/maps"));

  std::string trace = TempPath("attach_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "--stats", "-o", trace, "-p", pid}, p.err,
                             {p.in, p.out});
  EXPECT_EQ(ReadLine(p.err[0]), "lzptrace: Process " + pid + " attached with 3 threads");
  Ask(p, 'n', "count 2");
  Ask(p, 'w', "woken 2");  // the sleeper's futex, restarted under the interposer
  Ask(p, 'r', "read 2");   // the reader's read, likewise
  Ask(p, 's', "handled 2");
  Ask(p, 'n', "count 3");
  EXPECT_TRUE(WaitForText(trace, "count 3"));
  ASSERT_TRUE(WaitUntilAsleep(pid, asleep));
  std::vector<std::string> said = LetGo(tracer, p.err[0]);
  int status = 0;
  // One line per thread, then --stats: calls came through SIGSYS (the
  // interposer's dispatch; stepping would count none). No fallback, nothing left.
  ASSERT_EQ(said.size(), 4u) << ::testing::PrintToString(said);
  for (const std::string& tid : tids)
    EXPECT_NE(std::find(said.begin(), said.end(), "lzptrace: Process " + tid + " detached"), said.end()) << tid;
  unsigned long via_sigsys = 0;
  size_t at = said[3].find(" calls through SIGSYS");
  ASSERT_NE(at, std::string::npos) << said[3];
  size_t from = said[3].rfind(' ', at - 1);
  via_sigsys = std::stoul(said[3].substr(from + 1, at - from - 1));
  EXPECT_GT(via_sigsys, 0u) << said[3];

  // Nothing of ours left.
  std::string status_text = ReadFile("/proc/" + pid + "/status");
  EXPECT_NE(status_text.find("TracerPid:\t0\n"), std::string::npos) << status_text;
  EXPECT_EQ(Fds(pid), fds_before);
  std::string maps = ReadFile("/proc/" + pid + "/maps");
  EXPECT_EQ(maps.find("liblzptrace_interposer"), std::string::npos) << maps;
  EXPECT_EQ(maps.find("lzptrace-ring"), std::string::npos) << maps;
  for (const Range& r : Mappings(maps)) {
    EXPECT_NE(r.start, 0ul) << "page 0 is still mapped:\n" << maps;
    // Each mapping now lies within one that was there before (a rewritten
    // code page may have been split off from its neighbours).
    EXPECT_TRUE(std::any_of(maps_before.begin(), maps_before.end(),
                            [&](const Range& b) { return r.start >= b.start && r.end <= b.end; }))
        << std::hex << r.start << "-" << r.end << " is new:\n" << maps;
  }
  // It goes on as before, untraced: the same answers, its own signal handler.
  Ask(p, 'n', "count 4");
  Ask(p, 'w', "woken 3");
  Ask(p, 'r', "read 3");
  Ask(p, 's', "handled 3");
  close(p.in);
  ASSERT_EQ(waitpid(target, &status, 0), target);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);

  std::vector<std::string> lines = Lines(ReadFile(trace));
  auto has = [&](const std::string& prefix, const std::string& text, const std::string& result) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
      return l.rfind(prefix + " ", 0) == 0 && l.find(text) != std::string::npos && l.size() >= result.size() &&
             l.compare(l.size() - result.size(), result.size(), result) == 0;
    });
  };
  std::string text = ReadFile(trace);
  EXPECT_TRUE(has(pid, "write(1, \"count 2\\n\", 8)", "= 8")) << text;
  EXPECT_TRUE(has(pid, "getppid()", ""));
  // The sleeper's restarted wait (traced: woken, or EAGAIN when the main
  // thread had already moved the futex on, as futexes allow) and the
  // reader's restarted read, finished (on one line, or resumed on a later one
  // when other threads' came between).
  EXPECT_TRUE(has(sleeper, "FUTEX_WAIT_BITSET", "")) << text;
  EXPECT_TRUE(has(sleeper, "write(1, \"woken 2\\n\", 8", ""));
  EXPECT_TRUE(has(reader, "read(3, \"x\", 1)", "= 1") || has(reader, "<... read resumed>\"x\", 1)", "= 1")) << text;
  EXPECT_TRUE(has(pid, "--- SIGUSR1", ""));
  EXPECT_EQ(text.find("count 4"), std::string::npos);
  EXPECT_EQ(text.find("+++"), std::string::npos);
  // Let go in their calls, as strace shows it: each task's last line is the
  // head of the call it was in, left "<unfinished ...>" (written when the
  // call had run a while, or at the detach), and the trace's last line ends
  // " <detached ...>".
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(lines.back().ends_with(" <detached ...>")) << text;
  for (const std::string& tid : {pid, sleeper, reader}) {
    auto last = std::find_if(lines.rbegin(), lines.rend(), [&](const std::string& l) { return l.rfind(tid + " ", 0) == 0; });
    ASSERT_NE(last, lines.rend()) << tid;
    EXPECT_TRUE(last->ends_with(" <unfinished ...>") || last->ends_with(" <detached ...>")) << *last << "\n" << text;
  }
}

// Let go while a thread is asleep in a read our entry path made, with a
// signal queued for it whose handler has no SA_RESTART (the process held in
// a group stop meanwhile): as untraced, the handler runs when it goes on and
// the read fails with EINTR (the reader thread then ends), rather than being
// made again.
TEST_P(AttachInProcess, ACallLetGoInIsInterruptedAsUntraced) {
  PipedProgram p = StartPiped({Program("attach_loop")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  Ask(p, 'n', "count 1");
  std::vector<std::string> tids = Tasks(pid);
  ASSERT_EQ(tids.size(), 3u);
  const auto [sleeper, reader] = SleeperAndReader(pid, tids);
  const std::map<std::string, long> asleep = {{pid, 0}, {sleeper, 202}, {reader, 0}};
  ASSERT_TRUE(WaitUntilAsleep(pid, asleep));
  close(p.err[1]);
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  std::string trace = TempPath("attach_eintr_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "-o", trace, "-p", pid}, err, {p.in, p.out});
  EXPECT_EQ(ReadLine(err[0]), "lzptrace: Process " + pid + " attached with 3 threads");
  Ask(p, 'r', "read 1");  // the reader's read restarted, under the interposer
  ASSERT_TRUE(WaitForText(trace, "write(1, \"read 1\\n\""));
  ASSERT_TRUE(WaitUntilAsleep(pid, asleep));
  kill(p.pid, SIGSTOP);
  auto state = [&](const std::string& tid) {
    std::string stat = ReadFile("/proc/" + pid + "/task/" + tid + "/stat");
    size_t paren = stat.rfind(')');
    return paren == std::string::npos || paren + 2 >= stat.size() ? '?' : stat[paren + 2];
  };
  for (int i = 0; i < 2000 && !(state(pid) == 't' && state(sleeper) == 't' && state(reader) == 't'); ++i) usleep(1000);
  ASSERT_EQ(syscall(SYS_tgkill, p.pid, std::stoi(reader), SIGUSR1), 0);
  // (It stays queued while the group is stopped.)
  std::vector<std::string> said = LetGo(tracer, err[0]);
  EXPECT_EQ(said.size(), 3u) << ::testing::PrintToString(said);
  kill(p.pid, SIGCONT);
  for (int i = 0; i < 2000 && Tasks(pid).size() == 3; ++i) usleep(1000);
  EXPECT_EQ(Tasks(pid).size(), 2u) << "the reader's read was made again instead of failing with EINTR";
  Ask(p, 'n', "count 2");
  Ask(p, 's', "handled 2");  // (the reader's SIGUSR1 was the first)
  close(p.in);
  int status = 0;
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);
  close(p.err[0]);
}

// attach_poll, asleep in poll with a timeout, and lzptrace attached to it
// (-o `trace`): the program's pipes, the tracer and its stderr pipe.
struct PollerAttached {
  PipedProgram p;
  std::string pid, trace;
  pid_t tracer = -1;
  int err = -1;
};
PollerAttached AttachToPoller(const std::string& mode, const std::string& trace) {
  PollerAttached a;
  a.p = StartPiped({Program("attach_poll")});
  a.pid = std::to_string(a.p.pid);
  a.trace = trace;
  EXPECT_EQ(ReadLine(a.p.out), "polling");
  EXPECT_TRUE(WaitUntilAsleep(a.pid, {{a.pid, SYS_poll}}));
  close(a.p.err[1]);
  close(a.p.err[0]);
  int err[2];
  EXPECT_EQ(pipe(err), 0);
  a.tracer = StartTracer({Lzptrace(), "--mode=" + mode, "-o", trace, "-p", a.pid}, err, {a.p.in, a.p.out});
  a.err = err[0];
  EXPECT_EQ(ReadLine(a.err), "lzptrace: Process " + a.pid + " attached");
  return a;
}

// Gives the poller its input: it says poll answered 1, untraced or traced
// (never EINTR), and exits 0.
void FeedPoller(PollerAttached& a) {
  EXPECT_EQ(write(a.p.in, "x", 1), 1);
  EXPECT_EQ(ReadLine(a.p.out), "poll 1 revents 0x1");
  close(a.p.in);
  int status = 0;
  ASSERT_EQ(waitpid(a.p.pid, &status, 0), a.p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  close(a.p.out);
}

// A program asleep in poll with a timeout when lzptrace attaches: the
// kernel resumes such a call through restart_syscall, which must not fail
// with EINTR because dispatch trapped it (untraced, the poll goes on until
// its input comes); the trace shows the restart as strace -p does.
TEST_P(AttachInProcess, ACallResumedThroughRestartSyscallGoesOn) {
  PollerAttached a = AttachToPoller(GetParam(), TempPath("attach_poll_" + GetParam()));
  ASSERT_TRUE(WaitUntilAsleep(a.pid, {{a.pid, SYS_restart_syscall}}));
  FeedPoller(a);
  int status = 0;
  ASSERT_EQ(waitpid(a.tracer, &status, 0), a.tracer);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  close(a.err);
  std::vector<std::string> lines = Lines(ReadFile(a.trace));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "restart_syscall(<... resuming interrupted read ...>) = 1");
  EXPECT_EQ(lines.back(), "+++ exited with 0 +++");
}

// heldout11: a sleep resumed through restart_syscall after the attach and
// cut short again by a handled signal is strace's `= ? ERESTART_RESTARTBLOCK`
// (the signal then makes it EINTR, shown by rt_sigreturn), not `= -1 EINTR`;
// and a child the process forks then is announced on stderr as strace -p -f
// -o FILE does ("Process N attached"), though the trace goes to a file.
TEST_P(AttachInProcess, ASleepCutShortAgainAndAChildAnnouncedAsStrace) {
  PipedProgram p = StartPiped({Program("attach_sleep")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid), trace = TempPath("attach_sleep_" + GetParam());
  ASSERT_EQ(ReadLine(p.out), "sleeping");
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_clock_nanosleep}}));  // (glibc's nanosleep)
  close(p.err[1]);
  close(p.err[0]);
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "-o", trace, "-p", pid}, err, {p.in, p.out});
  ASSERT_EQ(ReadLine(err[0]), "lzptrace: Process " + pid + " attached");
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_restart_syscall}}));
  kill(p.pid, SIGUSR1);
  EXPECT_EQ(ReadLine(p.out), "EINTR, child 3");
  int status = 0;
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  std::string said = ReadLine(err[0]);
  ASSERT_EQ(waitpid(tracer, &status, 0), tracer);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  close(err[0]);
  close(p.in);
  close(p.out);
  std::vector<std::string> lines;
  for (std::string l : Lines(ReadFile(trace))) {  // the column before " = " depends on the pid's width
    size_t eq = l.find(")  ");
    size_t to = eq == std::string::npos ? eq : l.find_first_not_of(' ', eq + 1);
    if (to != std::string::npos && l.compare(to, 2, "= ") == 0) l = l.substr(0, eq + 1) + " " + l.substr(to);
    lines.push_back(l);
  }
  auto prefix = [](const std::string& tid) { return tid + std::string(tid.size() < 5 ? 5 - tid.size() : 0, ' ') + " "; };
  std::vector<std::string> want = {
      prefix(pid) + "restart_syscall(<... resuming interrupted read ...>) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)",
      prefix(pid) + "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=" + std::to_string(getpid()) + ", si_uid=0} ---",
      prefix(pid) + "rt_sigreturn({mask=[]}) = -1 EINTR (Interrupted system call)"};
  ASSERT_GE(lines.size(), want.size());
  EXPECT_EQ(std::vector<std::string>(lines.begin(), lines.begin() + 3), want);
  // the child strace announces: the one whose exit_group(3) the trace shows
  const std::string head = "lzptrace: Process ", tail = " attached";
  ASSERT_TRUE(said.rfind(head, 0) == 0 && said.size() > head.size() + tail.size()) << said;
  std::string child = said.substr(head.size(), said.size() - head.size() - tail.size());
  EXPECT_NE(child, pid);
  EXPECT_EQ(said.substr(said.size() - tail.size()), tail);
  EXPECT_NE(std::find(lines.begin(), lines.end(), prefix(child) + "exit_group(3) = ?"), lines.end()) << said;
}

// Let go while it sleeps in a call that runs directly (tracer/direct_calls.h:
// pause, filtered out, at a site rewritten while traced): the thread is in
// the interposer's own `syscall` with no frame of ours, and must be moved
// back to its program's site like any other, not left stuck there (which
// keeps the interposer mapped). Then it goes on untraced: a signal wakes it.
TEST_P(AttachInProcess, LetGoInADirectCallLeavesNothingBehind) {
  PipedProgram p = StartPiped({Program("attach_pause")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  ASSERT_EQ(ReadLine(p.out), "pausing");
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_pause}}));
  close(p.err[1]);
  close(p.err[0]);
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  std::string trace = TempPath("attach_pause_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-e", "trace=openat", "-o", trace, "-p", pid}, err,
                             {p.in, p.out});
  EXPECT_EQ(ReadLine(err[0]), "lzptrace: Process " + pid + " attached");
  // The pause it was in restarts through SIGSYS (its site is rewritten in
  // hybrid mode); woken, it pauses again from the rewritten site.
  for (int n = 1; n <= 2; ++n) {
    ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_pause}}));
    ASSERT_EQ(kill(p.pid, SIGUSR1), 0);
    ASSERT_EQ(ReadLine(p.out), "woke " + std::to_string(n));
  }
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_pause}}));
  std::vector<std::string> said = LetGo(tracer, err[0]);
  EXPECT_EQ(said, std::vector<std::string>{"lzptrace: Process " + pid + " detached"});
  std::string maps = ReadFile("/proc/" + pid + "/maps");
  EXPECT_EQ(maps.find("liblzptrace_interposer"), std::string::npos) << maps;
  EXPECT_NE(ReadFile("/proc/" + pid + "/status").find("TracerPid:\t0\n"), std::string::npos);
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, SYS_pause}}));  // its pause, made again from its own site
  ASSERT_EQ(kill(p.pid, SIGUSR1), 0);
  EXPECT_EQ(ReadLine(p.out), "woke 3");
  kill(p.pid, SIGKILL);
  int status = 0;
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  close(p.in);
  close(p.out);
  EXPECT_EQ(ReadFile(trace).find("pause("), std::string::npos) << ReadFile(trace);  // filtered out throughout
}

// Let go while it sleeps in that call: the call was shown at its entry
// while it ran (announced), and the detach ends that same line, as strace
// -p prints it: one line, "<detached ...>" and a newline.
TEST_P(AttachInProcess, LetGoInACallShownWhileItRanEndsThatLine) {
  PollerAttached a = AttachToPoller(GetParam(), TempPath("attach_poll_letgo_" + GetParam()));
  const std::string head = "restart_syscall(<... resuming interrupted read ...>";
  ASSERT_TRUE(WaitForText(a.trace, head));  // shown while it runs
  std::vector<std::string> said = LetGo(a.tracer, a.err);
  EXPECT_EQ(said, std::vector<std::string>{"lzptrace: Process " + a.pid + " detached"});
  EXPECT_EQ(ReadFile(a.trace), head + " <detached ...>\n");
  FeedPoller(a);  // untraced again, still polling
}

// Let go while its main thread is inside a program signal handler that the
// interposer's wrapper called (asleep in a read of its own): our code is
// under its frame, so the interposer stays mapped, inert, said once; the
// handler returns through it and the program goes on untraced as before.
TEST_P(AttachInProcess, LetGoInsideAHandlerLeavesTheInterposerInert) {
  PipedProgram p = StartPiped({Program("attach_loop")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  Ask(p, 'n', "count 1");
  ASSERT_EQ(Tasks(pid).size(), 3u);
  std::string trace = TempPath("attach_inert_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "-o", trace, "-p", pid}, p.err, {p.in, p.out});
  EXPECT_EQ(ReadLine(p.err[0]), "lzptrace: Process " + pid + " attached with 3 threads");
  Ask(p, 'n', "count 2");
  ASSERT_TRUE(WaitForText(trace, "count 2"));  // traced in-process from here
  ASSERT_EQ(write(p.in, "h", 1), 1);
  ASSERT_TRUE(WaitForText(trace, "--- SIGUSR2"));
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, 0}}));  // in its handler's read
  std::vector<std::string> said = LetGo(tracer, p.err[0]);
  int status = 0;
  EXPECT_NE(std::find(said.begin(), said.end(),
                      "lzptrace: the interposer stays mapped, inert, in process " + pid + ": thread " + pid +
                          " is in a signal handler the interposer called"),
            said.end())
      << ::testing::PrintToString(said);
  EXPECT_NE(ReadFile("/proc/" + pid + "/status").find("TracerPid:\t0\n"), std::string::npos);
  Ask(p, 'x', "released 120");  // the handler's read, then its return through our wrapper
  Ask(p, 'n', "count 3");
  Ask(p, 'w', "woken 1");
  Ask(p, 'r', "read 1");
  Ask(p, 's', "handled 1");
  close(p.in);
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);
  EXPECT_EQ(ReadFile(trace).find("count 3"), std::string::npos);
}

// Threads that never leave their syscalls are interrupted anywhere at
// detach, our code included: each time, the interposer must come out whole
// (no "stays mapped" line, nothing of ours left), the program must go on,
// and the next attach must find a clean process to inject into again.
TEST_P(AttachInProcess, SpinningThreadsAreTakenOutAgainAndAgain) {
  PipedProgram p = StartPiped({Program("attach_spin")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  int asked = 0;
  auto ask = [&] {
    EXPECT_EQ(write(p.in, "n", 1), 1);
    EXPECT_EQ(ReadLine(p.out), "count " + std::to_string(++asked));
  };
  ask();
  close(p.err[0]);
  close(p.err[1]);
  for (int round = 0; round < 4; ++round) {
    int err[2];
    ASSERT_EQ(pipe(err), 0);
    std::string trace = TempPath("attach_spin_" + GetParam() + std::to_string(round));
    pid_t tracer =
        StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "-o", trace, "-p", pid}, err, {p.in, p.out});
    EXPECT_EQ(ReadLine(err[0]), "lzptrace: Process " + pid + " attached with 3 threads");
    ask();
    std::string want = "write(1, \"count " + std::to_string(asked) + "\\n\"";
    ASSERT_TRUE(WaitForText(trace, want)) << "round " << round;
    std::vector<std::string> said = LetGo(tracer, err[0]);
    EXPECT_EQ(said.size(), 3u) << "round " << round << ": " << ::testing::PrintToString(said);  // "detached" x 3
    std::string maps = ReadFile("/proc/" + pid + "/maps");
    EXPECT_EQ(maps.find("liblzptrace"), std::string::npos) << maps;
    EXPECT_EQ(maps.find("lzptrace-ring"), std::string::npos) << maps;
    EXPECT_NE(maps.rfind("00000000-", 0), 0u) << maps;
    ask();  // alive, untraced
  }
  close(p.in);
  int status = 0;
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);
}

// Without -f only the process's one thread is attached; a thread it
// creates afterwards runs untraced, yet through the interposer's entry path
// wherever a site was rewritten (hybrid mode): here it sleeps in a read
// made from our entry path when lzptrace lets go. That thread is stopped
// too, and taken out of our code, before page 0 and the image are
// unmapped: it wakes in the program, which goes on, nothing of ours left.
TEST_P(AttachInProcess, AThreadMadeAfterTheAttachIsStoppedForTheDetach) {
  PipedProgram p = StartPiped({Program("attach_spin"), "0"});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  auto ask = [&](char command, const std::string& want) {
    EXPECT_EQ(write(p.in, &command, 1), 1);
    EXPECT_EQ(ReadLine(p.out), want) << "after '" << command << "'";
  };
  ask('n', "count 1");
  close(p.err[0]);
  close(p.err[1]);
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  std::string trace = TempPath("attach_new_thread_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-o", trace, "-p", pid}, err, {p.in, p.out});
  EXPECT_EQ(ReadLine(err[0]), "lzptrace: Process " + pid + " attached");
  ask('n', "count 2");
  ask('t', "count 3");  // a thread asleep in read
  ASSERT_TRUE(WaitForText(trace, "write(1, \"count 3\\n\""));
  std::vector<std::string> tids = Tasks(pid);
  ASSERT_EQ(tids.size(), 2u);
  std::string sleeper = tids[0] == pid ? tids[1] : tids[0];
  ASSERT_TRUE(WaitUntilAsleep(pid, {{pid, 0}, {sleeper, 0}}));
  std::vector<std::string> said = LetGo(tracer, err[0]);
  EXPECT_EQ(said, std::vector<std::string>{"lzptrace: Process " + pid + " detached"});
  std::string maps = ReadFile("/proc/" + pid + "/maps");
  EXPECT_EQ(maps.find("liblzptrace"), std::string::npos) << maps;
  EXPECT_NE(maps.rfind("00000000-", 0), 0u) << maps;
  ask('p', "woken");  // it wakes (and spins on getppid)
  ask('n', "count 5");  // alive, untraced
  ask('n', "count 6");
  close(p.in);
  int status = 0;
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);
}

// A seccomp policy that refuses the mapping the injector reserves for the
// interposer (tests/programs/forbid_reserving_mmap.c): nothing is injected,
// lzptrace says why on one line and steps the process through syscall stops,
// and it still lets it go unharmed.
TEST_P(AttachInProcess, ASeccompPolicyFallsBackToSyscallStops) {
  PipedProgram p = StartPiped({Program("forbid_reserving_mmap"), Program("attach_loop")});
  ASSERT_GT(p.pid, 0);
  std::string pid = std::to_string(p.pid);
  Ask(p, 'n', "count 1");
  std::string trace = TempPath("attach_seccomp_" + GetParam());
  pid_t tracer = StartTracer({Lzptrace(), "--mode=" + GetParam(), "-f", "--stats", "-o", trace, "-p", pid}, p.err,
                             {p.in, p.out});
  EXPECT_EQ(ReadLine(p.err[0]), "lzptrace: Process " + pid + " attached with 3 threads");
  EXPECT_EQ(ReadLine(p.err[0]), "lzptrace: cannot start the interposer in process " + pid +
                                    " (mmap: Operation not permitted): traced through ptrace syscall stops (at "
                                    "strace's speed)");
  Ask(p, 'n', "count 2");
  Ask(p, 'w', "woken 1");
  EXPECT_TRUE(WaitForText(trace, "woken 1"));
  std::vector<std::string> said = LetGo(tracer, p.err[0]);
  int status = 0;
  ASSERT_EQ(said.size(), 4u) << ::testing::PrintToString(said);
  EXPECT_NE(said[3].find(", 0 calls through SIGSYS"), std::string::npos) << said[3];  // stepped, not in-process
  std::string text = ReadFile(trace);
  // Whole, or (another thread's stop between its entry and exit, on a
  // loaded machine) split as strace splits it.
  EXPECT_TRUE(text.find("write(1, \"count 2\\n\", 8)") != std::string::npos ||
              text.find("write(1, \"count 2\\n\", 8 <unfinished ...>") != std::string::npos)
      << text;
  EXPECT_EQ(ReadFile("/proc/" + pid + "/maps").find("liblzptrace"), std::string::npos);
  Ask(p, 'n', "count 3");
  Ask(p, 'r', "read 1");
  close(p.in);
  ASSERT_EQ(waitpid(p.pid, &status, 0), p.pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
  close(p.out);
}

INSTANTIATE_TEST_SUITE_P(Modes, AttachInProcess, ::testing::Values("hybrid", "sud"));

}  // namespace
}  // namespace lzp::test
