// tests/interleave_test.cc — the "<unfinished ...>" / "<... resumed>" shapes,
// replayed from lines with chosen entry and exit times.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/read/event_merge.h"
#include "cli/read/interleave.h"

namespace lzp::cli {
namespace {

// The printer's part, kept in a string: "[pid N] " prefixes, the tasks gone.
class TextOutput : public InterleaveOutput {
 public:
  OutputBlock& Block() override { return block_; }
  void WritePrefix(pid_t tid, uint64_t) override { block_.Append("[pid " + std::to_string(tid) + "] "); }
  void PieceWritten(size_t piece_start) override { pieces_.push_back(piece_start); }
  void TaskGone(pid_t tid) override { gone_ += std::to_string(tid) + " "; }
  std::string Text() const { return std::string(block_.text()); }
  std::string gone_;
  std::vector<size_t> pieces_;

 private:
  OutputBlock block_{1 << 16};
};

class InterleaveTest : public ::testing::Test {
 protected:
  std::string Output() { return out_.Text(); }
  Interleaver Make(uint64_t window) { return Interleaver(&out_, 24, window); }
  static TraceLine Call(pid_t tid, uint64_t enter, uint64_t exit, std::string name, std::string head_args,
                        std::string tail, std::string result) {
    TraceLine l;
    l.tid = tid;
    l.enter = enter;
    l.exit = exit;
    l.syscall = true;
    l.name = name;
    l.head = name + "(" + head_args;
    l.tail = tail;
    l.result = result;
    return l;
  }
  static TraceLine Point(pid_t tid, uint64_t at, std::string text, bool gone = false) {
    TraceLine l;
    l.tid = tid;
    l.enter = l.exit = at;
    l.head = text;
    l.task_gone = gone;
    return l;
  }

  TextOutput out_;
  std::string& gone_ = out_.gone_;
};

TEST_F(InterleaveTest, ACallOverlappedByAnotherTaskIsSplit) {
  Interleaver il = Make(1000);
  // Arrival is in exit order: 2's write returns first, then 1's read.
  il.Add(Call(2, 20, 30, "write", "1, \"x\", 1", ")", "= 1"));
  il.Add(Call(1, 10, 40, "read", "3, ", "\"x\", 1)", "= 1"));
  il.FlushAll();
  EXPECT_EQ(Output(),
            "[pid 1] read(3,  <unfinished ...>\n"
            "[pid 2] write(1, \"x\", 1) = 1\n"
            "[pid 1] <... read resumed>\"x\", 1) = 1\n");
}

// Tasks stop interleaving (FlushAll when one is left), then start again: the
// lines after that are held and replayed as before, never left unfinished.
TEST_F(InterleaveTest, InterleavesAgainAfterFlushAll) {
  Interleaver il = Make(1000);
  il.Add(Call(1, 10, 20, "getppid", "", ")", "= 7"));
  il.FlushAll();
  il.Add(Call(3, 40, 50, "write", "1, \"x\", 1", ")", "= 1"));
  il.Add(Call(1, 30, 60, "wait4", "-1, ", "NULL, 0, NULL)", "= 3"));
  il.FlushBefore(5000);
  EXPECT_EQ(Output(),
            "[pid 1] getppid()       = 7\n"
            "[pid 1] wait4(-1,  <unfinished ...>\n"
            "[pid 3] write(1, \"x\", 1) = 1\n"
            "[pid 1] <... wait4 resumed>NULL, 0, NULL) = 3\n");
}

TEST_F(InterleaveTest, CallsThatDoNotOverlapStayWhole) {
  Interleaver il = Make(1000);
  il.Add(Call(1, 10, 20, "getppid", "", ")", "= 7"));
  il.Add(Call(2, 30, 40, "gettid", "", ")", "= 2"));
  il.Add(Point(2, 50, "+++ exited with 0 +++", true));
  il.FlushAll();
  EXPECT_EQ(Output(), "[pid 1] getppid()       = 7\n[pid 2] gettid()        = 2\n[pid 2] +++ exited with 0 +++\n");
  EXPECT_EQ(gone_, "2 ");
}

TEST_F(InterleaveTest, ACallLongerThanTheWindowIsShownUnfinishedWhenItArrives) {
  Interleaver il = Make(100);
  il.Add(Call(2, 200, 210, "getppid", "", ")", "= 7"));
  il.Add(Call(2, 400, 410, "getppid", "", ")", "= 7"));  // 200-210 is now older than the window: written
  il.Add(Call(1, 100, 420, "wait4", "-1, ", "NULL, 0, NULL)", "= 2"));
  il.FlushAll();
  EXPECT_EQ(Output(),
            "[pid 2] getppid()       = 7\n"
            "[pid 1] wait4(-1,  <unfinished ...>\n"
            "[pid 2] getppid()       = 7\n"
            "[pid 1] <... wait4 resumed>NULL, 0, NULL) = 2\n");
}

TEST_F(InterleaveTest, ASignalLineInterruptsAnOpenCall) {
  Interleaver il = Make(1000);
  il.Add(Point(2, 15, "--- SIGCHLD {si_signo=SIGCHLD} ---"));
  il.Add(Call(1, 10, 20, "write", "1, \"a\", 1", ")", "= 1"));
  il.FlushAll();
  EXPECT_EQ(Output(),
            "[pid 1] write(1, \"a\", 1 <unfinished ...>\n"
            "[pid 2] --- SIGCHLD {si_signo=SIGCHLD} ---\n"
            "[pid 1] <... write resumed>) = 1\n");
}

// A call still running, announced from its in-flight slot: its entry is
// written in its place in time, and its record, when it comes, finishes it.
TEST_F(InterleaveTest, AnAnnouncedCallIsWrittenAtItsEntryAndFinishedByItsRecord) {
  Interleaver il = Make(100);
  TraceLine head = Call(1, 10, 0, "read", "3, ", "", "");
  il.Announce(head);
  il.Add(Call(2, 20, 30, "getppid", "", ")", "= 7"));
  il.Add(Call(2, 500, 510, "getppid", "", ")", "= 7"));  // flushes up to 410
  il.Add(Call(1, 10, 600, "read", "3, ", "\"x\", 1)", "= 1"));
  il.FlushAll();
  EXPECT_FALSE(il.HasAnnouncements());
  EXPECT_EQ(Output(),
            "[pid 1] read(3,  <unfinished ...>\n"
            "[pid 2] getppid()       = 7\n"
            "[pid 2] getppid()       = 7\n"
            "[pid 1] <... read resumed>\"x\", 1) = 1\n");
}

// Nothing else happened meanwhile: the line stays open ("read(3, " is what a
// stuck program shows) and its end completes it on the same line.
TEST_F(InterleaveTest, AnAnnouncedCallLeftAloneEndsOnItsOwnLine) {
  Interleaver il = Make(100);
  il.Announce(Call(1, 10, 0, "read", "3, ", "", ""));
  il.FlushBefore(1000);
  EXPECT_EQ(Output(), "[pid 1] read(3, ");
  il.Add(Call(1, 10, 2000, "read", "3, ", "\"x\", 1)", "= 1"));
  il.FlushAll();
  EXPECT_EQ(Output(), "[pid 1] read(3, \"x\", 1) = 1\n");
}

// Announced, but its record came before its entry was due: written once,
// as any held line.
TEST_F(InterleaveTest, AnAnnouncementItsRecordOvertakesIsDropped) {
  Interleaver il = Make(100);
  il.Announce(Call(1, 10, 0, "read", "3, ", "", ""));
  il.Add(Call(1, 10, 40, "read", "3, ", "\"x\", 1)", "= 1"));
  il.FlushAll();
  EXPECT_FALSE(il.HasAnnouncements());
  EXPECT_EQ(Output(), "[pid 1] read(3, \"x\", 1) = 1\n");
}

// A task that ends while announced: its cut-short end ("= ?") resumes it,
// and an announcement of a task gone is forgotten.
TEST_F(InterleaveTest, AnAnnouncedCallCutShortByTheTasksDeath) {
  Interleaver il = Make(100);
  il.Announce(Call(2, 10, 0, "read", "3, ", "", ""));
  il.Add(Call(1, 300, 310, "exit_group", "0", ")", "= ?"));
  il.Add(Call(2, 10, 320, "read", "3, ", " <unfinished ...>)", "= ?"));
  il.Add(Point(2, 330, "+++ exited with 0 +++", true));
  il.Announce(Call(3, 400, 0, "pause", "", "", ""));
  il.ForgetAnnounced(3);
  il.FlushAll();
  EXPECT_EQ(Output(),
            "[pid 2] read(3,  <unfinished ...>\n"
            "[pid 1] exit_group(0)   = ?\n"
            "[pid 2] <... read resumed> <unfinished ...>) = ?\n"
            "[pid 2] +++ exited with 0 +++\n");
}

// Announced, its task killed before its entry was due: the cut-short end,
// which has no head of its own, takes the announced one.
TEST_F(InterleaveTest, ACallCutShortBeforeItsAnnouncedEntryWasWrittenKeepsItsHead) {
  Interleaver il = Make(100);
  il.Announce(Call(1, 10, 0, "read", "0, ", "", ""));
  TraceLine end = Call(1, 10, 40, "read", "", " <unfinished ...>)", "= ?");
  end.head.clear();
  il.Add(end);
  il.FlushAll();
  EXPECT_EQ(Output(), "[pid 1] read(0,  <unfinished ...>) = ?\n");
}

// The flush's merge of its three runs visits the events in the order a
// stable sort of all of them by (time, kind) gives: runs nearly in order
// (insertion), far out of order (a long call: the stable sort), with ties.
TEST(EventMergeTest, VisitsInTheOrderOfAStableSortByTimeAndKind) {
  std::mt19937_64 random(12);
  for (int round = 0; round < 200; ++round) {
    EventRun runs[3];
    const int kinds[3][2] = {{InterleaveEvent::kExit, InterleaveEvent::kPoint},
                             {InterleaveEvent::kEntry, InterleaveEvent::kEntry},
                             {InterleaveEvent::kAnnouncedEntry, InterleaveEvent::kAnnouncedEntry}};
    std::vector<InterleaveEvent> all;
    size_t serial = 0;
    for (int r = 0; r < 3; ++r) {
      const size_t count = random() % (r == 2 ? 4 : 300);
      uint64_t time = 0;
      for (size_t i = 0; i < count; ++i) {
        time += random() % 3;  // ties are common
        uint64_t at = time;
        if (random() % 16 == 0) at = time > 40 ? time - random() % 40 : 0;      // a call that overlapped others
        if (round % 10 == 0 && random() % 4 == 0) at = random() % (time + 1);  // one that ran long
        runs[r].push_back({at, kinds[r][random() % 2], serial++});
        all.push_back(runs[r].back());
      }
    }
    std::stable_sort(all.begin(), all.end(), EventBefore{});
    std::vector<size_t> expected, visited;
    for (const InterleaveEvent& e : all) expected.push_back(e.line);
    VisitInOrder(runs[0], runs[1], runs[2], [&](const InterleaveEvent& e) { visited.push_back(e.line); });
    ASSERT_EQ(visited, expected) << "round " << round;
  }
}

}  // namespace
}  // namespace lzp::cli
