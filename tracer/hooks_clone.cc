// tracer/hooks_clone.cc — clone, clone3, fork and vfork.
//
// A child must be traced before it runs one instruction of the application,
// and it cannot share its parent's ThreadState. So before the syscall the
// parent allocates the child's state and fills in how the child resumes
// (return address, rbx, r9, rflags); the entry path passes it to the child in
// r9, which clone and clone3 do not read. The child calls lzp_child_started,
// which installs the state in GS and turns Syscall User Dispatch on (the
// kernel does not carry it across clone). A child on a new stack (threads,
// posix_spawn) then jumps straight back to the application; a child on the
// parent's stack (fork, vfork) resumes through the frame like its parent.
//
// vfork children run on the parent's stack while the parent is suspended and
// overwrite the parent's frame, so the parent keeps a copy in its state and
// puts it back when it resumes.
#include <linux/sched.h>
#include <signal.h>
#include <sys/syscall.h>

#include "tracer/code_maps.h"
#include "tracer/events.h"
#include "tracer/fd_kinds.h"
#include "tracer/hooks.h"
#include "tracer/safe_copy.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/signals.h"
#include "tracer/sud.h"

namespace lzp {

volatile bool g_multithreaded = false;

namespace {

struct CloneRequest { uint64_t flags; bool new_stack; };

bool ReadRequest(const EntryFrame* f, CloneRequest* req) {
  switch (f->nr) {
    case SYS_fork: *req = {uint64_t{SIGCHLD}, false}; return true;
    case SYS_vfork: *req = {CLONE_VM | CLONE_VFORK | uint64_t{SIGCHLD}, false}; return true;
    case SYS_clone: *req = {f->rdi, f->rsi != 0}; return true;
    case SYS_clone3: {
      struct clone_args args = {};
      if (f->rsi < 64 || !CopyFromApp(&args, f->rdi, 64)) return false;  // let the kernel say EINVAL/EFAULT
      *req = {args.flags, args.stack != 0};
      return true;
    }
  }
  return false;
}

EnterResult Enter(ThreadState* ts, EntryFrame* f) {
  CloneRequest req;
  if (!ReadRequest(f, &req)) return kRun;
  ThreadState* child = NewThreadState(ts);
  if (child == nullptr) return kRun;
  child->child_new_stack = req.new_stack;
  child->child_is_thread = (req.flags & CLONE_THREAD) != 0;
  child->child_new_process = !child->child_is_thread;
  child->child_shares_files = (req.flags & CLONE_FILES) != 0;
  child->child_resume_addr = f->retaddr;
  child->child_resume = {f->rbx, f->r9, f->rflags};
  // Without -f strace traces neither new processes nor new threads.
  if (!(g_process.options & proto::kFollowForks)) child->traced = false;
  // An untraced thread exits without passing us: reusable once its tid is gone.
  if (!child->traced && child->child_is_thread) MarkExiting(child);
  fd_kinds::BeforeClone(ts, child, req.flags, child->traced);  // which fd table the child's calls use
  // A CLONE_VM child without CLONE_SIGHAND (vfork, posix_spawn) has its own
  // dispositions but shares our memory: give it its own table.
  if ((req.flags & CLONE_VM) && !(req.flags & CLONE_SIGHAND) && ts->signals != nullptr)
    child->signals = CopySignalTable(ts->signals);
  ts->pending_child = child;
  ts->pending_clone_flags = req.flags;
  ts->vfork_frame_saved = (req.flags & CLONE_VFORK) != 0;
  if (ts->vfork_frame_saved) ts->vfork_frame = *f;
  if (req.flags & CLONE_THREAD) g_multithreaded = true;
  return {LZP_ACTION_CLONE, reinterpret_cast<uint64_t>(child)};
}

void Exit(ThreadState* ts, EntryFrame* f) {
  ThreadState* child = ts->pending_child;
  if (child == nullptr) return;
  ts->pending_child = nullptr;  // (lzp_syscall_exit has already restored a vfork frame)
  bool failed = IsError(static_cast<long>(f->rax));
  // Without CLONE_VM the child has its own copy of this page; ours is unused.
  if (failed || !(ts->pending_clone_flags & CLONE_VM)) FreeThreadState(child);
}

}  // namespace

const SyscallHook kCloneHook = {Enter, Exit};

}  // namespace lzp

using namespace lzp;

struct ResumeTarget { uint64_t address; ResumeBlock* block; };

extern "C" ResumeTarget lzp_child_started(ThreadState* child) {
  InstallThreadState(child);
  child->depth = 0;
  child->pending_child = nullptr;
  child->vfork_frame_saved = false;
  if (child->child_new_process && !child->traced && !child->child_shares_files) {
    // Not following children: this one runs untraced. Drop our fds so the
    // CLI is not kept waiting for it.
    if (g_process.shm_fd >= 0) Sys(SYS_close, g_process.shm_fd);
    if (g_process.wake_fd >= 0) Sys(SYS_close, g_process.wake_fd);
  }
  // An untraced child needs no dispatch: sites already rewritten still pass
  // through our (silent) entry path; every other syscall runs natively.
  if (child->traced) EnableDispatch(child);
  // -k: a new process's stacks are unwound against its own mappings, and its
  // first syscalls may reach the CLI before its parent's clone does.
  if (child->traced && child->child_new_process && g_process.stack_trace) EmitCodeMaps(child);
  if (!child->child_new_stack) return {0, nullptr};
  return {child->child_resume_addr, &child->child_resume};
}
