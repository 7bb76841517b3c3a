// cli/injector/remote_task.cc — see remote_task.h.
#include "cli/injector/remote_task.h"

#include "cli/injector/held_signal_info.h"

#include <fcntl.h>
#include <signal.h>
#include <elf.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lzp::cli::injector {
namespace {
constexpr uint8_t kSyscallThenTrap[3] = {0x0f, 0x05, 0xcc};  // syscall; int3
}

RemoteTask::~RemoteTask() {
  if (mem_fd_ >= 0) close(mem_fd_);
}

bool RemoteTask::Write(uint64_t addr, const void* data, size_t size) {
  return mem_fd_ >= 0 && pwrite(mem_fd_, data, size, static_cast<off_t>(addr)) == static_cast<ssize_t>(size);
}

bool RemoteTask::Read(uint64_t addr, void* data, size_t size) {
  return mem_fd_ >= 0 && pread(mem_fd_, data, size, static_cast<off_t>(addr)) == static_cast<ssize_t>(size);
}

bool RemoteTask::Begin(std::string* why) {
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/%d/mem", tid_);
  mem_fd_ = open(path, O_RDWR | O_CLOEXEC);
  if (mem_fd_ < 0) return *why = std::string("cannot open its memory: ") + std::strerror(errno), false;
  if (ptrace(PTRACE_GETREGS, tid_, nullptr, &saved_) != 0) return *why = "cannot read its registers", false;
  if (plant_ == 0) plant_ = saved_.rip;
  if (!Read(plant_, &saved_code_, sizeof(saved_code_)) || !Write(plant_, kSyscallThenTrap, sizeof(kSyscallThenTrap)))
    return *why = "cannot write its code", false;
  planted_ = true;
  return true;
}

// Runs the task with `regs` until it traps on the planted int3. Signals that
// come first are held for later; the task's death ends it.
bool RemoteTask::RunToTrap(const user_regs_struct& regs) {
  if (ended_ || ptrace(PTRACE_SETREGS, tid_, nullptr, &regs) != 0) return false;
  int sig = 0;
  for (;;) {
    if (ptrace(PTRACE_CONT, tid_, nullptr, reinterpret_cast<void*>(static_cast<long>(sig))) != 0) return false;
    sig = 0;
    int status;
    pid_t got;
    while ((got = waitpid(tid_, &status, __WALL)) < 0 && errno == EINTR) {
    }
    if (got != tid_) return false;
    if (WIFEXITED(status) || WIFSIGNALED(status)) {
      ended_ = true;
      end_status_ = status;
      return false;
    }
    if (!WIFSTOPPED(status) || (status >> 16) != 0) continue;  // (an event stop: resume it)
    int stop = WSTOPSIG(status);
    if (stop == SIGTRAP) {
      user_regs_struct now;
      if (ptrace(PTRACE_GETREGS, tid_, nullptr, &now) != 0) return false;
      if (now.rip == plant_ + sizeof(kSyscallThenTrap)) return true;
      // A SIGTRAP of its own elsewhere: impossible here, but deliver it later.
    }
    if (stop == SIGKILL) continue;
    siginfo_t info;
    if ((stop == SIGSEGV || stop == SIGBUS || stop == SIGILL || stop == SIGFPE) &&
        ptrace(PTRACE_GETSIGINFO, tid_, nullptr, &info) == 0 && info.si_code > 0)
      return false;  // a fault of what we ran: it would recur forever (End puts the task back)
    KeepSignalInfo(tid_);
    pending_signal_ = stop;  // held: delivered when the task goes on (the last one wins, as a standard signal merges)
  }
}

int64_t RemoteTask::Syscall(bool* ok, uint64_t nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
                            uint64_t a5) {
  user_regs_struct regs = saved_;
  regs.rax = nr;
  regs.orig_rax = ~0ull;  // (not in a syscall: nothing to restart)
  regs.rdi = a0;
  regs.rsi = a1;
  regs.rdx = a2;
  regs.r10 = a3;
  regs.r8 = a4;
  regs.r9 = a5;
  regs.rip = plant_;
  if (!RunToTrap(regs)) return *ok = false, -1;
  user_regs_struct after;
  if (ptrace(PTRACE_GETREGS, tid_, nullptr, &after) != 0) return *ok = false, -1;
  *ok = true;
  return static_cast<int64_t>(after.rax);
}

bool RemoteTask::Call(uint64_t function, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t stack_top, uint64_t* result) {
  uint64_t return_address = plant_ + 2;  // the planted int3
  uint64_t rsp = stack_top - 8;
  if (!Write(rsp, &return_address, sizeof(return_address))) return false;
  user_regs_struct regs = saved_;
  regs.orig_rax = ~0ull;
  regs.rip = function;
  regs.rsp = rsp;
  regs.rdi = a0;
  regs.rsi = a1;
  regs.rdx = a2;
  regs.rax = 0;
  regs.eflags &= ~(1ull << 10);  // DF clear, as the ABI wants at a call
  if (!RunToTrap(regs)) return false;
  user_regs_struct after;
  if (ptrace(PTRACE_GETREGS, tid_, nullptr, &after) != 0) return false;
  if (after.rsp != stack_top) return false;  // (the trap did not come from its return)
  if (result != nullptr) *result = after.rax;
  return true;
}

uint64_t ProgramEntry(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/%d/auxv", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  uint64_t pair[2], entry = 0;
  while (read(fd, pair, sizeof(pair)) == static_cast<ssize_t>(sizeof(pair)) && pair[0] != AT_NULL)
    if (pair[0] == AT_ENTRY) entry = pair[1];
  close(fd);
  return entry;
}

bool RemoteTask::End(bool restart) {
  if (!planted_ || ended_) return false;
  planted_ = false;
  bool code = Write(plant_, &saved_code_, sizeof(saved_code_));
  user_regs_struct now;
  if (ptrace(PTRACE_GETREGS, tid_, nullptr, &now) != 0) return false;
  user_regs_struct regs = saved_;
  if (!restart) regs.orig_rax = ~0ull;  // (its syscall, an execve, is over: nothing to restart)
  regs.gs_base = now.gs_base;  // what ran may have set it (the interposer keeps its thread state there)
  return ptrace(PTRACE_SETREGS, tid_, nullptr, &regs) == 0 && code;
}

}  // namespace lzp::cli::injector
