// tracer/vdso_record.cc — see vdso_record.h.
#include "tracer/vdso_record.h"

#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/capture_format.h"
#include "tracer/events.h"
#include "tracer/filter.h"
#include "tracer/process.h"
#include "tracer/record_writer.h"
#include "tracer/ring_writer.h"
#include "tracer/safe_copy.h"
#include "tracer/thread_state.h"

namespace lzp {
namespace {

constexpr uint32_t kMaxOutputs = 2;      // gettimeofday's tv and tz, getcpu's cpu and node
constexpr uint32_t kMaxOutputBytes = 16;  // a timespec or timeval

// What the lean path copies out for one function after a success: the
// arguments that point at fixed-size output structs, as kCaptureSpecs says.
struct LeanPlan {
  bool lean;
  uint8_t count;
  uint8_t arg[kMaxOutputs];
  uint8_t bytes[kMaxOutputs];
};
LeanPlan g_plans[proto::kVdsoFunctions];

LeanPlan PlanFor(uint64_t nr) {
  LeanPlan p = {};
  if (nr >= static_cast<uint64_t>(kCaptureTableSize)) return p;
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = kCaptureSpecs[nr].args[i];
    if (a.op == CaptureOp::kNone) continue;
    bool fixed_output = a.op == CaptureOp::kOutStruct && a.sizing == Sizing::kFixed && a.param < 0 && !a.deref &&
                        a.size != 0 && a.size <= kMaxOutputBytes;
    if (!fixed_output || p.count == kMaxOutputs || i > 2) return LeanPlan{};
    p.arg[p.count] = static_cast<uint8_t>(i);
    p.bytes[p.count] = static_cast<uint8_t>(a.size);
    ++p.count;
  }
  if (kCaptureSpecs[nr].returns_fd) return LeanPlan{};
  p.lean = true;
  return p;
}

constexpr uint64_t kNumbers[proto::kVdsoFunctions] = {SYS_clock_gettime, SYS_gettimeofday,
                                                      SYS_time,          SYS_clock_getres,
                                                      SYS_getcpu,        SYS_getrandom};

uint32_t Padded(uint32_t n) { return (n + 7) & ~7u; }

// The lean path (see the header); returns false, having done nothing, when
// the call must take the general one. The record is reserved at the size a
// full copy of every output needs, and the outputs are copied (through
// safe_copy) straight into it, chunk by chunk as CaptureAtExit would write
// them: only after a success, only for non-null pointers; an unreadable one
// is a bare chunk marked faulted, and then the record ends with room it
// does not use (payload_size says where its payload ends: readers stop
// there).
bool RecordLean(ThreadState* ts, proto::VdsoFunction function, uint64_t nr, const uint64_t args[3], int64_t ret,
                uint64_t tsc) {
  const LeanPlan& plan = g_plans[function];
  const uint32_t level = ts->depth;
  if (!plan.lean || level >= kCaptureLevels) return false;
  const uint64_t tsc_exit = ReadTsc();
  uint32_t room = 0;
  if (ret >= 0) {
    for (uint32_t i = 0; i < plan.count; ++i)
      if (args[plan.arg[i]] != 0) room += sizeof(proto::CaptureChunk) + Padded(plan.bytes[i]);
  }
  ts->depth = level + 1;  // a signal handler's syscalls meanwhile nest one deeper, as in the general path
  auto* rec = static_cast<proto::SyscallRecord*>(
      BeginRecord(ts, sizeof(proto::SyscallRecord) + room, proto::RecordType::kSyscall));
  if (rec != nullptr) {
    rec->pid = ts->pid;
    rec->tid = ts->tid;
    rec->nr = nr;
    rec->args[0] = args[0]; rec->args[1] = args[1]; rec->args[2] = args[2];
    rec->args[3] = 0; rec->args[4] = 0; rec->args[5] = 0;
    rec->ret = ret;
    rec->tsc_enter = tsc;
    rec->tsc_exit = tsc_exit;
    rec->flags = proto::kVdso;
    uint8_t* payload = reinterpret_cast<uint8_t*>(rec + 1);
    uint32_t used = 0;
    for (uint32_t i = 0; room != 0 && i < plan.count; ++i) {
      uint64_t ptr = args[plan.arg[i]];
      if (ptr == 0) continue;
      auto* c = reinterpret_cast<proto::CaptureChunk*>(payload + used);
      uint8_t* data = reinterpret_cast<uint8_t*>(c + 1);
      for (uint32_t w = 0; w < Padded(plan.bytes[i]); w += 8) *reinterpret_cast<uint64_t*>(data + w) = 0;  // (a short output's padding)
      bool copied = lzp_safe_copy(data, reinterpret_cast<const void*>(ptr), plan.bytes[i]) == plan.bytes[i];
      c->arg = plan.arg[i];
      c->phase = proto::kAtExit;
      c->status = copied ? 0 : proto::kCaptureFaulted;
      c->pad = 0;
      c->length = copied ? plan.bytes[i] : 0;
      used += sizeof(proto::CaptureChunk) + Padded(c->length);
    }
    rec->payload_size = used;
    EndRecord(ts, rec);
  }
  ts->depth = level;
  return true;
}

// The general path: the call as a syscall entry frame, through --filter and
// the capture machinery. -i and -k see the call as made from the
// application's call instruction.
void RecordGeneral(ThreadState* ts, const uint64_t* frame, uint64_t nr, const uint64_t args[3], int64_t ret,
                   uint64_t tsc) {
  EntryFrame f = {};
  f.nr = f.rax = nr;
  f.rdi = args[0];
  f.rsi = args[1];
  f.rdx = args[2];
  f.aux = tsc;
  f.rbp = frame[0];
  f.retaddr = frame[1];
  f.app_rsp = reinterpret_cast<uint64_t>(frame + 2);
  if (!FilterAccepts(ts, &f, ret, kNoEntryVerdict)) return;
  const uint32_t level = ts->depth++;
  CaptureAtEntry(ts, &f, level);
  CaptureAtExit(ts, &f, level, ret);
  EmitSyscall(ts, &f, ret, proto::kVdso, level);
  ts->depth = level;
}

}  // namespace

void PlanVdsoRecords() {
  bool lean_process = !g_process.record_ip && !g_process.stack_trace && !FilterPresent();
  for (int i = 0; i < proto::kVdsoFunctions; ++i) {
    g_plans[i] = lean_process ? PlanFor(kNumbers[i]) : LeanPlan{};
  }
}

bool VdsoFunctionShown(proto::VdsoFunction function) {
  return function < proto::kVdsoFunctions && Shown(kNumbers[function]);
}

void RecordVdsoCall(const uint64_t* frame, proto::VdsoFunction function, uint64_t nr, uint64_t a0, uint64_t a1,
                    uint64_t a2, int64_t ret, uint64_t tsc) {
  ThreadState* ts = CurrentThread();
  if (ts == nullptr || !ts->traced || !g_process.active || g_process.no_records || !Shown(nr)) return;
  const uint64_t args[3] = {a0, a1, a2};
  if (!RecordLean(ts, function, nr, args, ret, tsc)) RecordGeneral(ts, frame, nr, args, ret, tsc);
}

}  // namespace lzp
