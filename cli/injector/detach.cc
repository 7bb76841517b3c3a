// cli/injector/detach.cc — see detach.h.
#include "cli/injector/detach.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cli/injector/held_signal_info.h"
#include "cli/injector/remote_task.h"
#include "cli/injector/sud_config.h"
#include "tracer/detach_plan.h"
#include "tracer/thread_state.h"

namespace lzp::cli::injector {
namespace {

constexpr int kSysUserDispatch = 2;        // si_code of a dispatch's SIGSYS
constexpr int kMaxSteps = 1000000;          // our code paths are far shorter
constexpr int kStepTimeoutMs = 2000;        // a step that takes this long is a blocking syscall
constexpr uint64_t kTrapFlag = 1 << 8;      // EFLAGS.TF, which single-stepping sets

int64_t MillisecondsSince(const struct timespec& start) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
}

bool IsRestartCode(int64_t ret) { return ret == -512 || ret == -513 || ret == -514 || ret == -516; }

class Remover {
 public:
  Remover(pid_t pid, std::map<pid_t, int>& stops, const InterposerImage& image, uint64_t base)
      : pid_(pid), stops_(stops), image_(image), base_(base) {}

  DetachOutcome Run() {
    DetachOutcome out;
    mem_ = open(("/proc/" + std::to_string(pid_) + "/mem").c_str(), O_RDWR | O_CLOEXEC);
    entry_ = ProgramEntry(pid_);
    for (auto& [tid, sig] : stops_) {  // 1.
      TurnSudOff(tid);
      if (sig == 0 && DispatchPending(tid)) sig = TakePendingSignal(tid);
      if (sig == SIGSYS) RewindDispatch(tid, &sig);
    }
    if (!AskForPlan()) {  // 2.
      out.kept_why = plan_damaged_ ? "its interposer's detach plan is damaged" : "its interposer did not answer";
      if (mem_ >= 0) close(mem_);
      return out;
    }
    for (auto& [tid, sig] : stops_) {  // 3.
      TakeOut(tid);
      RestoreMask(tid);
    }
    if (!ReadSites(plan_.site_count_address)) Stuck(pid_, "(its interposer's list of rewritten sites is unreadable)");
    if (stuck_.empty()) Unmap();  // 4.
    RestoreSites();  // 5.
    if (mem_ >= 0) close(mem_);
    out.removed = stuck_.empty();
    out.kept_why = stuck_;
    return out;
  }

 private:
  bool Read(uint64_t addr, void* data, size_t size) {
    return pread(mem_, data, size, static_cast<off_t>(addr)) == static_cast<ssize_t>(size);
  }
  bool Write(uint64_t addr, const void* data, size_t size) {
    return pwrite(mem_, data, size, static_cast<off_t>(addr)) == static_cast<ssize_t>(size);
  }
  bool Ours(uint64_t ip) const { return ip < 4096 || (ip >= base_ && ip < base_ + image_.span); }
  void Stuck(pid_t tid, const char* what) {
    if (stuck_.empty()) stuck_ = "thread " + std::to_string(tid) + " " + what;
  }
  pid_t First() const { return stops_.count(pid_) ? pid_ : stops_.begin()->first; }

  // Is a SIGSYS queued for the thread (a dispatch trapped its call, then
  // the interrupt stopped it before the signal's delivery)? Its registers
  // already say "returning from the call": it must be rewound too.
  bool DispatchPending(pid_t tid) {
    std::string status = StatusOf(tid);
    auto mask = [&](const char* field) {
      size_t at = status.find(field);
      return at == std::string::npos ? 0ull : std::strtoull(status.c_str() + at + std::strlen(field), nullptr, 16);
    };
    uint64_t bit = 1ull << (SIGSYS - 1);
    return (mask("\nSigPnd:") & bit) && !(mask("\nSigBlk:") & bit);
  }

  // Lets the thread go to the delivery of its queued signal, and stops it there.
  int TakePendingSignal(pid_t tid) {
    int status = 0;
    if (ptrace(PTRACE_CONT, tid, nullptr, nullptr) != 0) return 0;
    while (waitpid(tid, &status, __WALL) < 0 && errno == EINTR) {
    }
    if (!WIFSTOPPED(status) || (status >> 16) != 0) return 0;
    KeepSignalInfo(tid);
    return WSTOPSIG(status);
  }

  static std::string StatusOf(pid_t tid) {
    char path[64], text[4096];
    std::snprintf(path, sizeof(path), "/proc/%d/status", tid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, text, sizeof(text) - 1) : -1;
    if (fd >= 0) close(fd);
    return std::string(text, n > 0 ? static_cast<size_t>(n) : 0);
  }

  // A dispatch's SIGSYS not yet delivered: the thread makes its call again,
  // for real, from the program's `syscall` (rax still holds the number).
  void RewindDispatch(pid_t tid, int* sig) {
    siginfo_t info;
    user_regs_struct regs;
    if (ptrace(PTRACE_GETSIGINFO, tid, nullptr, &info) != 0 || info.si_code != kSysUserDispatch) return;
    if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0) return;
    regs.rip -= 2;
    regs.orig_rax = ~0ull;
    if (ptrace(PTRACE_SETREGS, tid, nullptr, &regs) == 0) *sig = 0;
  }

  bool AskForPlan() {
    if (mem_ < 0) return false;
    RemoteTask task(First());
    task.PlantAt(entry_);
    std::string why;
    uint64_t address = 0;
    bool called = task.Begin(&why) &&
                  task.Call(base_ + image_.detach, 0, 0, 0, (task.saved_registers().rsp - 256) & ~uint64_t{15}, &address);
    task.End(/*restart=*/true);
    if (task.pending_signal() != 0) stops_[First()] = task.pending_signal();
    if (!called || !Read(address, &plan_, sizeof(plan_))) return false;
    // (the plan comes from the tracee: counts beyond the interposer's own
    // tables are damage, not a size to allocate)
    if (plan_.site_count > proto::kMaxPlanSites || plan_.mapping_count > proto::kMaxPlanMappings) {
      plan_damaged_ = true;
      return false;
    }
    return ReadSites(0);
  }

  // The rewritten sites, read before the image (which holds the list) is
  // unmapped: the plan's count, or (`count_address`) the live count once
  // every thread is out of our code — a thread stepped out of our SIGSYS
  // handler rewrites the site it trapped at after the plan was made.
  bool ReadSites(uint64_t count_address) {
    uint64_t count = plan_.site_count;
    if (count_address != 0 && (!Read(count_address, &count, sizeof(count)) || count < plan_.site_count ||
                               count > proto::kMaxPlanSites))
      return false;
    sites_.resize(count);
    return sites_.empty() || Read(plan_.sites, sites_.data(), sites_.size() * 8);
  }

  // 3. Out of our code, by the entry frame or by stepping.
  void TakeOut(pid_t tid) {
    user_regs_struct regs;
    for (int step = 0; step < kMaxSteps; ++step) {
      if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0) return;
      auto in_call_at = [&](uint64_t site) {
        return regs.rip == site + 2 && static_cast<int64_t>(regs.orig_rax) >= 0 &&
               IsRestartCode(static_cast<int64_t>(regs.rax));
      };
      bool in_call = in_call_at(plan_.app_syscall_site);
      if (in_call || regs.rip == plan_.app_syscall_site) return FromEntryFrame(tid, regs, in_call);
      bool in_direct_call = in_call_at(plan_.direct_syscall_site);
      if (plan_.direct_syscall_site != 0 && (in_direct_call || regs.rip == plan_.direct_syscall_site)) return FromDirectCall(tid, regs, in_direct_call);
      if (!Ours(regs.rip)) {
        if (step > 0 && (regs.eflags & kTrapFlag)) {  // (popfq restored a TF a pushfq saved while we stepped)
          regs.eflags &= ~kTrapFlag;
          ptrace(PTRACE_SETREGS, tid, nullptr, &regs);
        }
        return CheckFrames(tid, regs, 0);
      }
      if (!Step(tid)) return Stuck(tid, "is blocked inside the interposer");
    }
    Stuck(tid, "did not leave the interposer");
  }

  // One instruction, with a bound on its time; a signal that stops it
  // instead is kept for the detach.
  bool Step(pid_t tid) {
    int sig = 0;
    for (;;) {
      if (ptrace(PTRACE_SINGLESTEP, tid, nullptr, reinterpret_cast<void*>(static_cast<long>(sig))) != 0) return false;
      int status = 0;
      pid_t got = 0;
      // A step takes microseconds: yield first, then nap a millisecond at a
      // time (a thousand 1 ms naps per thousand instructions stepped made
      // leaving a long path of ours take seconds).
      struct timespec start;
      clock_gettime(CLOCK_MONOTONIC, &start);
      for (int tries = 0; (got = waitpid(tid, &status, __WALL | WNOHANG)) == 0; ++tries) {
        if (MillisecondsSince(start) >= kStepTimeoutMs) {
          ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
          while (waitpid(tid, &status, __WALL) < 0 && errno == EINTR) {
          }
          return false;
        }
        if (tries < 100) sched_yield();
        else poll(nullptr, 0, 1);
      }
      if (got != tid || !WIFSTOPPED(status)) return false;
      if (WSTOPSIG(status) == SIGTRAP || (status >> 16) != 0) return true;
      stops_[tid] = WSTOPSIG(status);  // held for the detach
      sig = 0;
      return true;
    }
  }

  // The thread is in (or at) the syscall the entry path makes for the
  // program: the program's registers from the frame (rbx points at it), its
  // own `syscall` next.
  void FromEntryFrame(pid_t tid, user_regs_struct regs, bool in_call) {
    EntryFrame f;
    ThreadState ts;
    if (!Read(regs.rbx, &f, sizeof(f)) || !Read(regs.gs_base, &ts, sizeof(ts)))
      return Stuck(tid, "has an unreadable entry frame");
    uint64_t args[6] = {f.rdi, f.rsi, f.rdx, f.r10, f.r8, f.r9};
    int level = ts.Level();
    if (ts.altered_arg[level] >= 0 && ts.altered_arg[level] < 6) args[ts.altered_arg[level]] = ts.altered_value[level];
    if (ts.handler[level].changed)
      for (int i = 0; i < 6; ++i) args[i] = ts.handler[level].saved[i + 1];
    uint64_t nr = ts.handler[level].changed ? ts.handler[level].saved[0] : f.nr;
    if (in_call) {
      // Just past the program's `syscall`, the restart code left in rax and
      // the call's number in orig_rax: the kernel decides as it resumes the
      // thread, as it would have untraced (back to the `syscall` with rax =
      // orig_rax, or restart_syscall; -EINTR if a handler without SA_RESTART
      // runs first: a signal it is stopped with, or one pending).
      regs.orig_rax = nr;
      regs.rip = f.retaddr;
    } else {  // not made yet: at the program's `syscall`, to make it
      regs.rax = nr;
      regs.orig_rax = ~0ull;
      regs.rip = f.retaddr - 2;
    }
    regs.rdi = args[0], regs.rsi = args[1], regs.rdx = args[2], regs.r10 = args[3], regs.r8 = args[4], regs.r9 = args[5];
    regs.rbx = f.rbx, regs.rbp = f.rbp, regs.r12 = f.r12, regs.r13 = f.r13, regs.r14 = f.r14, regs.r15 = f.r15;
    regs.rsp = f.app_rsp;
    regs.eflags = f.rflags & ~kTrapFlag;  // (saved with TF if we stepped through the entry path's pushfq)
    if (ptrace(PTRACE_SETREGS, tid, nullptr, &regs) != 0) return Stuck(tid, "could not be moved out of the interposer");
    CheckFrames(tid, regs, 1);
  }

  // The thread is in (or at) a direct call's syscall (tracer/direct_calls.h):
  // every register the program's, its return address at rsp. As above: just
  // past its own `syscall` to be restarted by the kernel, or at it to make it.
  void FromDirectCall(pid_t tid, user_regs_struct regs, bool in_call) {
    uint64_t retaddr = 0;
    if (!Read(regs.rsp, &retaddr, sizeof(retaddr))) return Stuck(tid, "has an unreadable return address");
    if (in_call) {
      regs.rip = retaddr;  // (orig_rax is the call's number: the kernel restarts it at retaddr - 2)
    } else {
      regs.orig_rax = ~0ull;
      regs.rip = retaddr - 2;  // (rax still holds the number)
    }
    regs.rsp += 8;
    regs.eflags &= ~kTrapFlag;
    if (ptrace(PTRACE_SETREGS, tid, nullptr, &regs) != 0) return Stuck(tid, "could not be moved out of the interposer");
    CheckFrames(tid, regs, 0);
  }

  // The signals the interposer keeps deliverable (SIGSYS, SIGSEGV, SIGBUS)
  // are blocked for real again if the program believes it blocked them.
  void RestoreMask(pid_t tid) {
    user_regs_struct regs;
    ThreadState ts;
    uint64_t mask = 0;
    if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0 || regs.gs_base == 0 || !Read(regs.gs_base, &ts, sizeof(ts)) ||
        ptrace(PTRACE_GETSIGMASK, tid, reinterpret_cast<void*>(sizeof(mask)), &mask) != 0)
      return;
    constexpr uint64_t kOwned = (1ull << (SIGSYS - 1)) | (1ull << (SIGSEGV - 1)) | (1ull << (SIGBUS - 1));
    uint64_t wanted = (mask & ~kOwned) | (ts.virtual_blocked & kOwned);
    if (wanted != mask) ptrace(PTRACE_SETSIGMASK, tid, reinterpret_cast<void*>(sizeof(wanted)), &wanted);
  }

  // Our frames below the program's: nested calls beyond the `own` one just
  // left, or a program handler our wrapper called.
  void CheckFrames(pid_t tid, const user_regs_struct& regs, uint32_t own) {
    ThreadState ts;
    if (regs.gs_base == 0) return;  // (no state: never entered us)
    if (!Read(regs.gs_base, &ts, sizeof(ts))) return Stuck(tid, "has an unreadable thread state");
    if (ts.in_app_handler != 0) return Stuck(tid, "is in a signal handler the interposer called");
    if (ts.depth > own) return Stuck(tid, "has a syscall of the interposer's under its own");
  }

  // 4. Everything of ours, unmapped from a thread now back in the program.
  void Unmap() {
    std::vector<uint64_t> pairs(plan_.mapping_count * 2);
    if (!Read(plan_.mappings, pairs.data(), pairs.size() * 8)) return Stuck(pid_, "(its interposer's mappings are unreadable)");
    RemoteTask task(First());
    task.PlantAt(entry_);
    std::string why;
    if (!task.Begin(&why)) return Stuck(First(), "could not unmap the interposer");
    bool ok = true;
    for (size_t i = 0; i + 1 < pairs.size(); i += 2)
      if (pairs[i] != 0 && pairs[i + 1] > pairs[i]) task.Syscall(&ok, SYS_munmap, pairs[i], pairs[i + 1] - pairs[i]);
    if (plan_.page_zero) task.Syscall(&ok, SYS_munmap, 0, 4096);
    task.Syscall(&ok, SYS_munmap, base_, image_.span);
    task.End(/*restart=*/true);
    if (task.pending_signal() != 0) stops_[First()] = task.pending_signal();
    for (auto& [tid, sig] : stops_) {
      user_regs_struct regs;
      if (ptrace(PTRACE_GETREGS, tid, nullptr, &regs) != 0) continue;
      regs.gs_base = 0;  // (ours: x86-64 Linux programs leave GS alone)
      ptrace(PTRACE_SETREGS, tid, nullptr, &regs);
    }
  }

  // 5.
  void RestoreSites() {
    static constexpr uint8_t kCall[2] = {0xff, 0xd0}, kSyscall[2] = {0x0f, 0x05};
    for (uint64_t site : sites_) {
      uint8_t now[2];
      if (Read(site, now, 2) && now[0] == kCall[0] && now[1] == kCall[1]) Write(site, kSyscall, 2);
    }
  }

  pid_t pid_;
  std::map<pid_t, int>& stops_;
  const InterposerImage& image_;
  uint64_t base_;
  int mem_ = -1;
  uint64_t entry_ = 0;  // where RemoteTask plants its `syscall; int3`
  proto::DetachPlan plan_ = {};
  bool plan_damaged_ = false;  // its counts were beyond the interposer's tables
  std::vector<uint64_t> sites_;
  std::string stuck_;
};

}  // namespace

DetachOutcome DetachInterposer(pid_t pid, std::map<pid_t, int>& stops, const InterposerImage& image, uint64_t base) {
  if (stops.empty()) return {};
  return Remover(pid, stops, image, base).Run();
}

}  // namespace lzp::cli::injector
