// cli/injector/remote_task.h — making a stopped tracee run syscalls and
// functions for us, as a debugger does.
//
// Begin() saves the task's registers and plants `syscall; int3` over the
// three bytes at its instruction pointer (/proc/PID/mem writes through the
// text's protection, as ptrace pokes do), or at the address PlantAt() gave:
// in a running process, its entry point, which never runs again (its
// instruction pointer may be inside code the called function runs). Syscall() points the task at that
// `syscall` with the number and arguments in the registers and lets it run
// (PTRACE_CONT): it makes the call, traps on the int3, and the result is
// read from rax. Call() runs a function on a stack we choose, returning to
// the planted int3. End() puts the bytes and the registers back, so the task
// resumes exactly where it was, as if nothing had run. A task stopped in a
// blocking syscall (attached with -p: rax = -ERESTARTSYS, orig_rax = its
// number) runs our calls with orig_rax = -1; End(true) gives its orig_rax
// back, so that the kernel restarts its call when it resumes.
//
// While we wait for the trap, other signals may arrive: they are held and
// delivered when the task is resumed after End() (pending_signal()); a
// fault (SIGSEGV, SIGBUS, SIGILL, SIGFPE from the kernel) in what we made it
// run fails the call instead, the signal dropped (run again, the faulting
// instruction would fault again, for ever). If the
// task dies meanwhile (SIGKILL), every call fails and ended() holds its
// wait status for the caller to report.
#pragma once

#include <sys/types.h>
#include <sys/user.h>

#include <cstdint>
#include <string>

namespace lzp::cli::injector {

class RemoteTask {
 public:
  explicit RemoteTask(pid_t tid) : tid_(tid) {}
  ~RemoteTask();
  RemoteTask(const RemoteTask&) = delete;
  RemoteTask& operator=(const RemoteTask&) = delete;

  void PlantAt(uint64_t address) { plant_ = address; }  // (before Begin)
  bool Begin(std::string* why);
  // The call's result (a -errno value on failure); `ok` is false if the task
  // did not come back to the trap (it died, or ptrace failed).
  int64_t Syscall(bool* ok, uint64_t nr, uint64_t a0 = 0, uint64_t a1 = 0, uint64_t a2 = 0, uint64_t a3 = 0,
                  uint64_t a4 = 0, uint64_t a5 = 0);
  // Calls `function(a0, a1, a2)` with the stack ending at `stack_top`
  // (16-aligned); its return value in *result if given.
  bool Call(uint64_t function, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t stack_top, uint64_t* result = nullptr);
  bool Write(uint64_t addr, const void* data, size_t size);
  bool Read(uint64_t addr, void* data, size_t size);
  // `restart`: the syscall it was stopped in is restarted (else: it is over).
  bool End(bool restart = false);

  const user_regs_struct& saved_registers() const { return saved_; }
  int pending_signal() const { return pending_signal_; }
  bool ended() const { return ended_; }
  int end_status() const { return end_status_; }

 private:
  bool RunToTrap(const user_regs_struct& regs);

  pid_t tid_;
  int mem_fd_ = -1;
  user_regs_struct saved_ = {};
  uint64_t plant_ = 0;       // where `syscall; int3` goes
  uint64_t saved_code_ = 0;  // the 8 bytes there
  bool planted_ = false;
  int pending_signal_ = 0;
  bool ended_ = false;
  int end_status_ = 0;
};

// The program's entry point (AT_ENTRY in /proc/PID/auxv), or 0.
uint64_t ProgramEntry(pid_t pid);

}  // namespace lzp::cli::injector
