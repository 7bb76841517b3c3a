// tracer/handlers.cc — see handlers.h.
#include "tracer/handlers.h"

#include <signal.h>
#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/direct_calls.h"
#include "tracer/events.h"
#include "tracer/include/lzptrace/handler.h"
#include "tracer/notice_text.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/safe_copy.h"

namespace lzp {

uint64_t g_handler_wanted[8];

namespace {

constexpr uint32_t kMaxHandlers = 8;

struct Handler {
  lzp_handler descriptor;  // our copy: the library cannot change its set behind our back
  char name[64];
  lzp_services services;
};

Handler g_handlers[kMaxHandlers];
uint32_t g_handler_count;
uint64_t g_stores[kMaxHandlers][LZP_STORE_SLOTS];
bool g_any_on_exit;  // some handler has an on_exit

bool Wants(const lzp_handler& h, uint64_t nr) { return nr < 512 && (h.syscalls[nr >> 6] >> (nr & 63)) & 1; }

uint32_t Level(uint32_t level) { return level < ThreadState::kLevels ? level : ThreadState::kLevels - 1; }

long ReadProgram(void* dst, const void* src, uint64_t n) {
  return CopyFromApp(dst, reinterpret_cast<uint64_t>(src), n) ? 0 : -14;  // EFAULT
}

long WriteProgram(void* dst, const void* src, uint64_t n) {
  if (n == 0) return 0;
  if (g_process.zpoline && reinterpret_cast<uint64_t>(dst) < 4096) return -14;  // page 0: the trampoline
  return lzp_safe_copy(dst, src, n) == n ? 0 : -14;
}

void Note(lzp_call* call, const char* text) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || ts->depth == 0 || call == nullptr || text == nullptr) return;
  char* note = ts->handler[Level(ts->depth - 1)].note;
  uint64_t copied = lzp_safe_strcopy(note, text, LZP_NOTE_MAX - 1);
  if (copied & kCopyFaulted) copied = 0;
  note[copied < LZP_NOTE_MAX ? copied : LZP_NOTE_MAX - 1] = '\0';
}

// Runs one callback with the crash reporter told whose it is.
template <typename Call>
auto Guarded(ThreadState* ts, uint32_t index, uint64_t nr, Call call) {
  int32_t outer = ts->in_handler;
  uint64_t outer_nr = ts->in_handler_nr;
  ts->in_handler = static_cast<int32_t>(index + 1);
  ts->in_handler_nr = nr;
  auto result = call();
  ts->in_handler = outer;
  ts->in_handler_nr = outer_nr;
  return result;
}

void RunProcessExit(ThreadState* ts, int status) {
  for (uint32_t i = 0; i < g_handler_count; ++i) {
    Handler& h = g_handlers[i];
    if (h.descriptor.on_process_exit == nullptr) continue;
    Guarded(ts, i, SYS_exit_group, [&] {
      h.descriptor.on_process_exit(&h.services, status);
      return 0;
    });
  }
}

}  // namespace

long RegisterHandler(ThreadState* ts, uint64_t descriptor) {
  lzp_handler d;
  char name[64] = "?";
  if (!CopyFromApp(&d, descriptor, sizeof(d))) return -14;  // EFAULT
  if (d.name != nullptr) {
    uint64_t n = lzp_safe_strcopy(name, d.name, sizeof(name) - 1);
    name[(n & kCopyFaulted) ? 0 : (n < sizeof(name) ? n : sizeof(name) - 1)] = '\0';
  }
  if (d.abi != LZPTRACE_HANDLER_ABI || d.size < sizeof(lzp_handler)) {
    NoticeText why;
    why.Put("lzptrace: handler ").Put(name).Put(" was built for handler ABI ").Put(d.abi);
    why.Put(", this lzptrace speaks ABI ").Put(uint64_t{LZPTRACE_HANDLER_ABI}).Put(": not loaded");
    EmitNotice(ts, why.Text(), false);
    return -71;  // EPROTO
  }
  if (g_handler_count == kMaxHandlers) {
    EmitNotice(ts, "lzptrace: more than 8 handlers: the others are not loaded", false);
    return -28;  // ENOSPC
  }
  uint32_t index = g_handler_count;
  Handler& h = g_handlers[index];
  h.descriptor = d;
  for (uint32_t i = 0; i < sizeof(name); ++i) h.name[i] = name[i];
  h.services = {LZPTRACE_HANDLER_ABI, LZP_STORE_SLOTS, lzp_raw_syscall6, ReadProgram, WriteProgram, Note,
                g_stores[index]};
  for (int w = 0; w < 8; ++w) g_handler_wanted[w] |= d.syscalls[w];
  if (d.on_exit != nullptr) g_any_on_exit = true;
  if (d.on_process_exit != nullptr) g_handler_wanted[SYS_exit_group >> 6] |= uint64_t{1} << (SYS_exit_group & 63);
  __atomic_store_n(&g_handler_count, index + 1, __ATOMIC_RELEASE);
  PlanDirectCalls();  // the numbers it wants run through the common path from now on
  return 0;
}

bool RunHandlersAtEntry(ThreadState* ts, EntryFrame* f, uint32_t level) {
  ThreadState::HandlerLevel& hl = ts->handler[Level(level)];
  hl.note[0] = '\0';
  hl.changed = false;
  hl.blocked = false;
  if (f->nr == SYS_exit_group) RunProcessExit(ts, static_cast<int>(f->rdi));
  const uint64_t before[7] = {f->nr, f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9};
  lzp_call call = {static_cast<long>(f->nr), {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9}, 0, ts->pid, ts->tid,
                   hl.scratch, nullptr, 0, 0};
  bool blocked = false;
  for (uint32_t i = 0; i < g_handler_count && !blocked; ++i) {
    Handler& h = g_handlers[i];
    if (!Wants(h.descriptor, f->nr) || h.descriptor.on_enter == nullptr) continue;
    call.svc = &h.services;
    call.handler = i;
    blocked = Guarded(ts, i, f->nr, [&] { return h.descriptor.on_enter(&call); }) == LZP_BLOCK;
  }
  const uint64_t after[7] = {static_cast<uint64_t>(call.nr), call.args[0], call.args[1], call.args[2],
                             call.args[3], call.args[4], call.args[5]};
  bool changed = false;
  for (int i = 0; i < 7; ++i) changed |= after[i] != before[i];
  if (changed && !blocked) {
    if (after[0] != before[0] && (InterposerFollows(before[0]) || InterposerFollows(after[0]) || after[0] >= 512)) {
      NoticeText why;
      why.Put("lzptrace: a handler asked to make ").PutSyscall(after[0]).Put(" instead of ").PutSyscall(before[0]);
      why.Put(", which the interposer follows itself: the call fails with ENOSYS");
      EmitNotice(ts, why.Text(), false);
      call.result = -38;  // ENOSYS
      blocked = true;
    } else {
      for (int i = 0; i < 7; ++i) hl.saved[i] = before[i];
      hl.changed = true;
      f->nr = f->rax = after[0];
      f->rdi = after[1]; f->rsi = after[2]; f->rdx = after[3];
      f->r10 = after[4]; f->r8 = after[5];  f->r9 = after[6];
    }
  }
  // The exit needs the handlers only for an on_exit or a note to record.
  hl.active = g_any_on_exit || hl.note[0] != '\0';
  if (!blocked) return false;
  hl.blocked = true;
  f->rax = static_cast<uint64_t>(call.result);
  return true;
}

void RunHandlersAtExit(ThreadState* ts, EntryFrame* f, uint32_t level) {
  ThreadState::HandlerLevel& hl = ts->handler[Level(level)];
  hl.active = false;
  lzp_call call = {static_cast<long>(f->nr), {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9},
                   static_cast<long>(f->rax), ts->pid, ts->tid, hl.scratch, nullptr, 0, 0};
  for (uint32_t i = 0; i < g_handler_count; ++i) {
    Handler& h = g_handlers[i];
    if (!Wants(h.descriptor, f->nr) || h.descriptor.on_exit == nullptr) continue;
    call.svc = &h.services;
    call.handler = i;
    Guarded(ts, i, f->nr, [&] {
      h.descriptor.on_exit(&call);
      return 0;
    });
  }
  f->rax = static_cast<uint64_t>(call.result);
  if (hl.note[0] != '\0') CaptureHandlerNote(ts, level, hl.note, LZP_NOTE_MAX - 1);
}

void RestoreHandledCall(ThreadState* ts, EntryFrame* f, uint32_t level) {
  ThreadState::HandlerLevel& hl = ts->handler[Level(level)];
  if (!hl.changed) return;
  hl.changed = false;
  f->nr = hl.saved[0];
  f->rdi = hl.saved[1]; f->rsi = hl.saved[2]; f->rdx = hl.saved[3];
  f->r10 = hl.saved[4]; f->r8 = hl.saved[5];  f->r9 = hl.saved[6];
}

void ReportHandlerCrash(ThreadState* ts, int sig) {
  int32_t index = ts->in_handler - 1;
  if (index < 0 || index >= static_cast<int32_t>(g_handler_count)) return;
  NoticeText why;
  why.Put("lzptrace: handler ").Put(g_handlers[index].name).Put(" crashed (");
  why.Put(sig == SIGBUS ? "SIGBUS" : "SIGSEGV").Put(") handling ").PutSyscall(ts->in_handler_nr).Put(" in process ");
  why.Put(static_cast<uint64_t>(ts->pid));
  EmitNotice(ts, why.Text(), false);
  ts->in_handler = 0;
}

}  // namespace lzp
