// tracer/thread_state.h — per-thread interposer state, reached through GS.
//
// glibc keeps the application's TLS behind FS; GS is unused on x86-64 Linux
// userspace, so each traced thread's GS base points at its own ThreadState
// (one private page from mmap). That works before the application's TLS
// exists, in signal handlers, and in threads created by raw clone. A new
// thread gets its state from the entry path's clone handling before it runs
// one instruction of the application; a thread we somehow missed (GS base 0)
// gets one lazily on its first intercepted syscall.
#pragma once

#include <cstdint>

#include "tracer/frame_layout.h"
#include "tracer/protocol.h"

namespace lzp {

// The registers the entry path saved (see frame_layout.h).
struct EntryFrame {
  uint64_t aux, nr, rax, rdi, rsi, rdx, r10, r8, r9, rbx, retaddr, rflags, app_rsp;
  uint64_t rbp, r12, r13, r14, r15;
  uint64_t arg(int i) const {
    switch (i) {
      case 0: return rdi; case 1: return rsi; case 2: return rdx;
      case 3: return r10; case 4: return r8; default: return r9;
    }
  }
};
static_assert(sizeof(EntryFrame) == LZP_FRAME_SIZE);
static_assert(__builtin_offsetof(EntryFrame, aux) == LZP_FRAME_AUX);
static_assert(__builtin_offsetof(EntryFrame, nr) == LZP_FRAME_NR);
static_assert(__builtin_offsetof(EntryFrame, rax) == LZP_FRAME_RAX);
static_assert(__builtin_offsetof(EntryFrame, rdi) == LZP_FRAME_RDI);
static_assert(__builtin_offsetof(EntryFrame, rsi) == LZP_FRAME_RSI);
static_assert(__builtin_offsetof(EntryFrame, rdx) == LZP_FRAME_RDX);
static_assert(__builtin_offsetof(EntryFrame, r10) == LZP_FRAME_R10);
static_assert(__builtin_offsetof(EntryFrame, r8) == LZP_FRAME_R8);
static_assert(__builtin_offsetof(EntryFrame, r9) == LZP_FRAME_R9);
static_assert(__builtin_offsetof(EntryFrame, rbx) == LZP_FRAME_RBX);
static_assert(__builtin_offsetof(EntryFrame, retaddr) == LZP_FRAME_RETADDR);
static_assert(__builtin_offsetof(EntryFrame, rflags) == LZP_FRAME_RFLAGS);
static_assert(__builtin_offsetof(EntryFrame, app_rsp) == LZP_FRAME_APP_RSP);
static_assert(__builtin_offsetof(EntryFrame, rbp) == LZP_FRAME_RBP);
static_assert(__builtin_offsetof(EntryFrame, r12) == LZP_FRAME_R12);
static_assert(__builtin_offsetof(EntryFrame, r15) == LZP_FRAME_R15);

// Where a new thread on its own stack resumes the application.
struct ResumeBlock { uint64_t rbx, r9, rflags; };
static_assert(__builtin_offsetof(ResumeBlock, rbx) == LZP_RESUME_RBX);
static_assert(__builtin_offsetof(ResumeBlock, r9) == LZP_RESUME_R9);
static_assert(__builtin_offsetof(ResumeBlock, rflags) == LZP_RESUME_RFLAGS);

inline constexpr uint64_t kExitStackBytes = 32768;

struct ThreadState {
  ThreadState* self;              // %gs:0
  volatile uint8_t sud_selector;  // Syscall User Dispatch selector byte: always BLOCK
  bool traced;                    // false in children we do not follow (no -f)
  bool via_sigsys;                // the syscall being entered came through SIGSYS
  volatile uint8_t record_pending;  // a returned call's record is not written yet (LZP_TS_RECORD_PENDING)
  uint32_t depth;                 // re-entry guard: intercepted syscalls in progress
  int32_t pid, tid;
  proto::InflightSlot* inflight;  // this thread's in-flight slot (protocol.h), or null
  uint64_t attach_restart_return;  // -p: the program's address past the call lzp_attach_restart resumes
  // A thread's exit (SYS_exit) runs the entry path on this stack of ours,
  // never the program's (LZP_TS_EXIT_STACK_TOP, asm/entry.S): a runtime may
  // free the stack it exits from before the call (Go's exitThread).
  uint64_t exit_stack_top;
  // The slot's active_depth when the call at each level was noted, put back
  // when it is done: a signal handler that ran after the call below it had
  // ended (between its end and its record) must not leave that call noted.
  uint32_t active_below[proto::kInflightDepth];

  // Parent side of a clone/fork/vfork in flight.
  ThreadState* pending_child;
  uint64_t pending_clone_flags;
  bool vfork_frame_saved;
  EntryFrame vfork_frame;         // the frame a vfork child may overwrite

  // Child side, prepared by the parent before the clone.
  bool child_new_stack;
  bool child_is_thread;
  bool child_new_process;         // not CLONE_VM... or CLONE_VM without CLONE_THREAD
  bool child_shares_files;
  uint64_t child_resume_addr;
  ResumeBlock child_resume;

  // Signals: the dispositions the application set (shared by the threads of
  // a process), and which never-blocked signals it believes it blocked.
  struct SignalTable* signals;
  uint64_t virtual_blocked;
  uint64_t virtual_blocked_before, virtual_blocked_after;  // around an rt_sigprocmask
  // SIGSEGV/SIGBUS a program sent itself while it believes them blocked:
  // queued again and blocked for real until it takes or unblocks them (signals.cc).
  uint64_t held_owned;
  // Signals that came while a returned call's record was still to be written
  // (record_pending): queued again as they came and blocked for real until it
  // is written, then unblocked, so the trace shows the call before the signal
  // (signals.cc). Further instances wait in the kernel meanwhile, as for any
  // process that is not running.
  static constexpr uint32_t kHeldForRecordMax = 8;
  uint64_t held_for_record;
  // The signal frames (their ucontext's address) of the deliveries held, whose
  // rt_sigreturn, through the application's restorer, is ours to hide.
  uint32_t quiet_sigreturns;
  uint64_t quiet_sigreturn_at[kHeldForRecordMax];

  // Scratch copies of application arguments we must alter (signal masks),
  // and the original argument register to put back before resuming.
  // One set per nesting level (a signal handler's syscall must not clobber
  // the state of the syscall it interrupted); the deepest is shared.
  static constexpr int kLevels = 3;
  uint64_t mask_scratch[kLevels];
  int altered_arg[kLevels];        // index of the altered argument, or -1
  uint64_t altered_value[kLevels]; // its original value
  int inject_rule[kLevels];        // -e inject= rule applied at this level, or -1
  uint32_t inject_outcome[kLevels];// proto::SyscallFlags inject.cc added to that call (kInjectedArgs, kDelayed)
  uint8_t filter_verdict[kLevels]; // --filter: the entry's answer + 1 (proto::Truth), 0 for none (filter.h)
  // The entry frame of the syscall at each level (set before depth counts
  // it): where a signal that lands inside the interposer finds the
  // application's registers (-i, -k).
  const EntryFrame* frames[kLevels];
  // -c: the thread's CPU clock (ns) as last read, and the TSC then.
  uint64_t cpu_clock_ns, cpu_clock_tsc;
  // -c: the entry TSC of the call being counted on the counting route
  // (direct_calls.h; nesting level 0 only, so one is enough).
  uint64_t count_entry_tsc;
  int Level() const { return depth == 0 ? 0 : (depth - 1 < static_cast<uint32_t>(kLevels) ? static_cast<int>(depth - 1) : kLevels - 1); }
  // Argument capture scratch (capture.cc): kCaptureLevels levels, mapped on first use.
  uint8_t* capture_area;
  uint32_t capture_used[3];

  // execve: the mapping holding the rebuilt environment, freed if exec fails.
  uint64_t exec_env_map;
  uint64_t exec_env_size;
  bool exec_hides_ours;  // an exec of an untraceable program: our fds were set close-on-exec
  bool exec_ring_reopened;  // fd-less: exec_ring_fd was opened for the new image, closed if exec fails
  int exec_ring_fd;

  // --handler (handlers.h): per nesting level, the scratch the handlers'
  // calls share, a note for the trace, and the application's syscall number
  // and arguments when a handler changed them (put back at exit).
  struct HandlerLevel {
    uint8_t scratch[512];   // LZP_SCRATCH_BYTES
    char note[96];          // LZP_NOTE_MAX, NUL-terminated; empty: none
    uint64_t saved[7];      // nr, then the six arguments
    bool changed;           // saved[] holds the application's values
    bool blocked;           // a handler answered the call
    bool active;            // the handlers saw this call's entry: they see its exit
  } handler[kLevels];
  int32_t in_handler;       // index + 1 of the handler running, 0 when none (signals.cc names it if it crashes)
  uint64_t in_handler_nr;   // the call it is handling
  // Application signal handlers running under our wrapper on this thread
  // (signals.cc): our frames are below theirs, so a detach (-p) must not
  // unmap our code while this is not 0.
  uint32_t in_app_handler;

  // Set (atomically) just before the thread's exit syscall: once its tid is
  // gone, NewThreadState may reuse this state for another thread.
  uint32_t exiting;

  // Records this thread has reserved and not yet committed (a signal handler
  // can interrupt the writing of one), and the side buffer where a nested
  // record waits when the ring is full (record_writer.h).
  uint32_t records_open;
  uint32_t side_used;
  uint8_t* side_buffer;

  // The stack our SIGSYS handler rewrites a site on (tracer/sud.cc): the
  // lowest usable byte, kSigsysStackBytes of it above a guard page, mapped
  // on the thread's first rewrite; null until then.
  uint8_t* sigsys_stack;

  // The fd-kind cache (fd_kinds.h): true when this thread's fd table is not
  // the one the process's cache describes (a vfork or posix_spawn child on
  // our memory, a thread after unshare(CLONE_FILES)); it then neither reads
  // nor teaches the cache. And the cache's epoch at each level's entry.
  bool fd_table_private;
  uint64_t fd_epoch_at_entry[kLevels];

  // The stack exit_stack_top points into (its pages are touched only by a
  // thread's exit).
  alignas(16) uint8_t exit_stack[kExitStackBytes];
};
static_assert(__builtin_offsetof(ThreadState, depth) == LZP_TS_DEPTH && sizeof(ThreadState::depth) == 4);
static_assert(__builtin_offsetof(ThreadState, record_pending) == LZP_TS_RECORD_PENDING && sizeof(ThreadState::record_pending) == 1);
static_assert(__builtin_offsetof(ThreadState, attach_restart_return) == LZP_TS_ATTACH_RESTART_RETURN);
static_assert(__builtin_offsetof(ThreadState, exit_stack_top) == LZP_TS_EXIT_STACK_TOP);
inline constexpr uint64_t kSigsysStackBytes = 32768;
inline constexpr uint64_t kSigsysGuardBytes = 4096;

// The calling thread's state; creates and installs one if GS is unset
// (FirstThreadState). Inline: every hooked call asks, first thing.
ThreadState* FirstThreadState();
inline ThreadState* CurrentThread() {
  uint64_t base;
  asm volatile("rdgsbase %0" : "=r"(base));
  if (__builtin_expect(base != 0, 1)) return reinterpret_cast<ThreadState*>(base);
  return FirstThreadState();
}
// A fresh state (not installed) that inherits `parent`'s tracing choice.
ThreadState* NewThreadState(const ThreadState* parent);
void FreeThreadState(ThreadState* ts);
// The calling thread is about to make its exit syscall (never to return).
void MarkExiting(ThreadState* ts);
// Points this thread's GS base at `ts`, fills in its pid/tid and gives it an
// in-flight slot.
void InstallThreadState(ThreadState* ts);

}  // namespace lzp
