// tracer/protocol.h — the one interface between the interposer and the CLI.
//
// The CLI creates a shared-memory file (memfd) holding a RingControl followed
// by a power-of-two ring of bytes, and a pipe. Every traced process inherits
// both (at fixed high fd numbers) and maps the file. A thread that finishes a
// syscall appends one record to the ring:
//
//   1. reserve: compare-and-swap `head` forward by the record's size; if the
//      ring is full it waits on a futex until the CLI advances `tail`
//      (backpressure, never a drop);
//   2. store the record header in state Reserved, naming its tid and size;
//   3. write the body, then publish the header in state Committed.
//
// Records are read in `head` order, which is one total order over every
// thread and process; a record's stream offset is its sequence number. An
// idle CLI sleeps on the futex `reader_futex`; a writer that sees
// `reader_sleeping` set bumps it and wakes it, so the hot path makes no
// syscall. The pipe carries no data: its write end closes when the last
// traced process has gone, and that is EOF.
//
// Fd-less tracees (kFdless). With the ptrace companion, which knows when
// the last tracee has gone, a tracee keeps neither fd: it maps the ring and
// closes both, so no other process (an untraced child listing its parent's
// /proc/PID/fd) ever sees them. It asks kill(cli_pid, 0) whether the CLI
// lives (not the pipe), and a
// traced execve reopens the ring through /proc/<cli_pid>/fd/<cli_shm_fd> for
// the new image, passing an LZPTRACE_CONFIG whose wake fd equals its shm fd
// ("no wake fd"). The companion closes the CLI's write end when it is done.
//
// Everything in the mapping can be scribbled on by the tracee: the CLI keeps
// its own copies of the geometry and validates every record (offset, size,
// state) before use. Bump kProtocolVersion whenever a layout changes.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace lzp::proto {

inline constexpr uint32_t kProtocolVersion = 10;
inline constexpr uint64_t kMagic = 0x31764c5a50545243ull;  // "CRTPZLv1"

// Environment variable through which the launcher configures the interposer:
//   LZPTRACE_CONFIG=v1,<shm fd>,<wake fd>,<mode>,<options>
// (a wake fd equal to the shm fd: there is none, the tracee is fd-less).
inline constexpr char kConfigEnv[] = "LZPTRACE_CONFIG";
inline constexpr char kPreloadEnv[] = "LD_AUDIT";

enum class Mode : uint32_t { kAuto = 0, kHybrid = 1, kSud = 2 };

enum Options : uint32_t {
  kFollowForks = 1u << 0,  // -f: children and their threads are traced too
  kCount = 1u << 1,        // -c/-C: count calls, errors and time per syscall (SyscallCounter)
  kNoRecords = 1u << 2,    // -c alone: no syscall records, only the counters
  kDecodeFds = 1u << 3,    // -y/-P: record the path each fd argument refers to
  kRecordIp = 1u << 4,     // -i: record where each syscall was made from
  kStackTrace = 1u << 5,   // -k: snapshot registers and stack at entry; send code mappings
  kCountWallTime = 1u << 6,  // -c -w: count wall time (TSC) instead of the thread's CPU time
  kDetachOnExec = 1u << 8,  // -b execve: a traced process that execs is let go
  kDecodeFdDetails = 1u << 7,// -yy: with each fd's path, what kind of socket/device/pidfd it is
  kCompanion = 1u << 9,     // the CLI's ptrace companion runs (set before the program's execve): it counts execs for -c
  kFdless = 1u << 10,       // tracees keep no fds ("Fd-less tracees" above; with the companion, not with -u)
  kWholeArrays = 1u << 11,  // -v, -e abbrev=: arrays copied past -s elements, execve's environment strings and
                            // getdents' entries copied (capture_format.h kEnvStringsArg, kDirentBytesArg)
  kKvmVcpu = 1u << 12,      // -e kvm=vcpu: KVM_RUN's exit reason, from the vcpu's struct kvm_run (capture_format.h)
  kNoEagerRewrite = 1u << 16,  // --no-eager-rewrite: rewrite syscall sites only at their first SIGSYS (LearnedSites)
};

inline constexpr uint64_t kCell = 16;  // records start and end on cell boundaries

struct alignas(64) RingControl {
  // Written once by the CLI before the tracee starts.
  uint64_t magic;
  uint32_t version;
  uint32_t control_size;  // sizeof(RingControl)
  uint64_t capacity;      // bytes in the ring, a power of two
  uint32_t mode;          // Mode requested on the command line
  uint32_t options;       // Options bits
  uint32_t string_limit;  // -s: bytes of strings and buffers worth capturing
  uint32_t tsc_khz;       // -c: the TSC's rate as the CLI measured it
  // Fd-less tracees (with the companion): where an exec'd image finds the
  // ring again (/proc/<cli_pid>/fd/<cli_shm_fd>), and what the wake pipe is
  // (a new image closes the inherited end only if it is that pipe).
  uint32_t cli_pid;
  int32_t cli_shm_fd;
  uint64_t wake_pipe_ino;
  uint32_t handler_count;  // --handler: LD_AUDIT's entries after the interposer that are ours too
  uint32_t overhead_ns;    // -c -O: taken off each counted call's time (at least 0 left)
  // -e trace=: bit nr set when syscall nr is shown (checked in the tracee, so
  // a filtered-out syscall costs no record).
  uint64_t trace_bitmap[8];

  // Writers (tracees).
  alignas(64) std::atomic<uint64_t> head;  // next stream offset to reserve
  // Reader (CLI).
  alignas(64) std::atomic<uint64_t> tail;      // stream offset not yet consumed
  std::atomic<uint32_t> tail_futex;            // bumped with every tail advance
  std::atomic<uint32_t> writers_waiting;       // writers blocked on a full ring
  // Set by the CLI when it lets the tracees go (-p detach, -I's fatal
  // signals): from then on they record nothing and go on untraced. On
  // tail's line, which every reservation reads anyway.
  std::atomic<uint32_t> reader_left;
  alignas(64) std::atomic<uint32_t> reader_sleeping;  // CLI is (about to be) in poll()
  // Process-wide "say it once" latch for the SUD-only notice.
  std::atomic<uint32_t> sud_only_noticed;
  // In-flight slots handed out so far (may exceed kInflightSlots: then reuse).
  std::atomic<uint32_t> inflight_next;
  // Fd-less tracees wake a sleeping CLI by bumping this and FUTEX_WAKE.
  std::atomic<uint32_t> reader_futex;
};
static_assert(sizeof(RingControl) == 320);
static_assert(offsetof(RingControl, trace_bitmap) == 64);
static_assert(offsetof(RingControl, head) == 128);
static_assert(offsetof(RingControl, tail) == 192 && offsetof(RingControl, reader_left) == 208);
static_assert(offsetof(RingControl, reader_sleeping) == 256);
static_assert(offsetof(RingControl, cli_pid) == 40 && offsetof(RingControl, reader_futex) == 268);

// The vDSO hooks, planned by the CLI (which has an x86 decoder, Zydis) on its
// own vDSO and applied by each tracee whose vDSO is byte-identical (same
// kernel). In the control page, after the RingControl.
enum VdsoFunction : uint8_t { kClockGettime, kGettimeofday, kTime, kClockGetres, kGetcpu, kGetrandom, kVdsoFunctions };
struct VdsoFixup {       // a rel32 field in the relocated code, to point at `target`
  uint8_t field_offset;  // where the 32-bit field sits in `code`
  uint8_t insn_end;      // where its instruction ends in `code` (rel32 counts from there)
  uint8_t pad[6];
  int64_t target;        // an offset from the vDSO's base
};
struct VdsoHookPlan {
  uint32_t function_offset;  // from the vDSO's base
  uint8_t displaced;         // entry bytes replaced by our jmp rel32 (whole instructions, >= 5)
  uint8_t code_length;       // bytes of `code`: the displaced instructions, relocated, and a jump back
  uint8_t fixup_count;
  uint8_t function;          // VdsoFunction
  uint8_t code[40];
  VdsoFixup fixups[4];
};
struct VdsoPlan {
  uint32_t count;            // 0: do not hook (vDSO calls filtered out, or no plan)
  uint32_t pad;
  uint64_t image_size;
  uint64_t image_hash;       // FNV-1a of the image: the tracee hooks only an identical vDSO
  VdsoHookPlan hooks[8];
};
static_assert(sizeof(VdsoHookPlan) == 112);
inline constexpr uint64_t kVdsoPlanOffset = 1024;  // within the control page
static_assert(kVdsoPlanOffset >= sizeof(RingControl) && kVdsoPlanOffset + sizeof(VdsoPlan) <= 4096);

// -e inject= and -e fault=: applied by the tracees at syscall entry. In the
// control page, after the VdsoPlan. As in strace, a syscall obeys only the
// last rule that names it.
enum InjectFlags : uint32_t { kInjectError = 1, kInjectRetval = 2, kInjectSignal = 4 };
struct InjectRule {
  uint64_t syscalls[8];      // bit nr set: the rule applies to syscall nr
  uint32_t flags;            // InjectFlags
  int32_t error;             // errno to fail with
  int64_t retval;            // value to succeed with
  int32_t signal;            // signal to send after the call
  uint32_t first, last, step;  // when=: the first'th..last'th call (last 0: no end), every step'th
  uint32_t delay_enter_us, delay_exit_us;
  int32_t replacement;       // syscall=NAME: the side-effect-free call made instead (with error/retval), or -1
  uint32_t pad;
};
struct InjectPlan {
  uint32_t count;
  uint32_t pad;
  InjectRule rules[8];
};
static_assert(sizeof(InjectRule) == 112);
inline constexpr uint64_t kInjectPlanOffset = 2048;  // within the control page
static_assert(kInjectPlanOffset >= kVdsoPlanOffset + sizeof(VdsoPlan) && kInjectPlanOffset + sizeof(InjectPlan) <= 4096);

// -e read=/write=: fds whose data is captured whole (for strace's hex dumps).
struct DumpFds {
  uint64_t read_fds[16];   // bit fd (< 1024): capture what reads from fd return
  uint64_t write_fds[16];  // bit fd: capture what writes to fd send
};
inline constexpr uint64_t kDumpFdsOffset = 3072;  // within the control page
static_assert(kDumpFdsOffset >= kInjectPlanOffset + sizeof(InjectPlan) && kDumpFdsOffset + sizeof(DumpFds) <= 4096);

inline uint64_t Fnv1a(const uint8_t* bytes, uint64_t size) {
  uint64_t h = 1469598103934665603ull;
  for (uint64_t i = 0; i < size; ++i) h = (h ^ bytes[i]) * 1099511628211ull;
  return h;
}

// --filter: the predicate, compiled by the CLI (cli/filter/) into a small
// postfix program that each tracee copies at start and evaluates after every
// shown call (tracer/filter_eval.h says how). Two pages after the control
// page.
inline constexpr uint32_t kFilterMaxInsns = 128;
inline constexpr uint32_t kFilterMaxSets = 16;     // syscall sets (name ~ glob, class ==)
inline constexpr uint32_t kFilterMaxArgMaps = 6;   // named arguments: where each syscall has it
inline constexpr uint32_t kFilterMaxDepth = 32;    // truth values on the evaluation stack
struct FilterInsn {
  uint8_t op;      // FilterOp (filter_eval.h)
  uint8_t field;   // FilterField
  uint8_t cmp;     // FilterCmp
  uint8_t index;   // a set or argument map
  uint32_t aux;    // the CLI's own string table index (the tracee never reads it)
  int64_t value;   // the constant compared with
};
struct FilterProgram {
  uint32_t length;      // instructions; 0: no --filter
  uint32_t uses_dur;    // nonzero: some instruction reads the call's duration
  uint32_t tsc_khz;     // the TSC's rate, to turn ticks into nanoseconds
  uint32_t pad;
  FilterInsn code[kFilterMaxInsns];
  uint64_t sets[kFilterMaxSets][8];           // bit nr: syscall nr is in the set
  uint8_t arg_maps[kFilterMaxArgMaps][512];   // per syscall: position | kind << 4, or 0xff when it has no such argument
};
static_assert(sizeof(FilterInsn) == 16);
static_assert(sizeof(FilterProgram) == 16 + 16 * 128 + 64 * 16 + 512 * 6);
static_assert(offsetof(FilterProgram, code) == 16);
static_assert(offsetof(FilterProgram, sets) == 16 + 16 * 128);
static_assert(offsetof(FilterProgram, arg_maps) == 16 + 16 * 128 + 64 * 16);
inline constexpr uint64_t kFilterOffset = 4096;  // after the control page, before the in-flight slots
static_assert(sizeof(FilterProgram) <= 8192);

// In-flight slots: each traced thread owns one and notes there the syscall it
// is in (nested up to kInflightDepth deep, for signal handlers) until it
// returns. A syscall that never returns because the task was killed is still
// there when the trace ends, and the CLI prints it with "= ?" as strace does.
inline constexpr uint32_t kInflightDepth = 3;
struct InflightEntry {
  uint64_t nr;
  uint64_t args[6];
  uint64_t tsc_enter;
};
// The ptrace companion may leave a signal here for the thread to record: one
// that reached the thread while it was inside a syscall the interposer has
// not recorded yet (a default-ignored SIGCHLD at the return of wait4), so
// that its line follows the call's, as in strace. The thread records it
// right after that call's record (tracer/syscall_hooks.cc). A signal that
// stops or kills the thread there cannot wait: the companion then records
// the finished call itself, and marks it so the thread does not again.
struct alignas(64) InflightSlot {
  std::atomic<uint32_t> owner_tid;     // 0: free
  uint32_t pid;
  std::atomic<uint32_t> active_depth;  // entries [0, active_depth) are in flight
  std::atomic<uint32_t> deferred_signo;  // nonzero: a signal for the thread to record, its siginfo below
  std::atomic<uint32_t> companion_recorded;  // nesting level + 1 of a finished call the companion recorded
  uint32_t pad[11];
  InflightEntry entries[kInflightDepth];
  uint8_t deferred_siginfo[128];
};
static_assert(sizeof(InflightEntry) == 64);
static_assert(sizeof(InflightSlot) == 384);
inline constexpr uint64_t kInflightOffset = kFilterOffset + 8192;
static_assert(kFilterOffset + sizeof(FilterProgram) <= kInflightOffset);
inline constexpr uint32_t kInflightSlots = 4096;

// -c: per-syscall totals over every traced thread and process, kept by the
// tracees with atomic operations, in TSC ticks. A call's time is, by
// default, the CPU time its thread spent in it (what strace calls system
// time; tracer/call_counter.cc), or with -w its wall time. The CLI sets
// every min_time to UINT64_MAX before the tracee starts.
struct alignas(64) SyscallCounter {
  std::atomic<uint64_t> calls;
  std::atomic<uint64_t> errors;
  std::atomic<uint64_t> time;      // sum over calls
  std::atomic<uint64_t> min_time;  // shortest call
  std::atomic<uint64_t> max_time;  // longest call
  uint64_t pad[3];
};
static_assert(sizeof(SyscallCounter) == 64);
inline constexpr uint32_t kCounterCount = 512;
inline constexpr uint64_t kCountersOffset = kInflightOffset + uint64_t{kInflightSlots} * sizeof(InflightSlot);

// Eager rewriting (tracer/eager_rewrite.cc), hybrid mode: the syscall sites
// the kernel has trapped through SIGSYS in any traced process, each named by
// its object (a hash of the object's GNU build-id) and its offset from the
// object's load base. A process that maps an object with that build-id
// rewrites those sites before they first run, so it meets them without a
// SIGSYS (a ptrace stop when the companion runs). Entries are appended: claim
// an index with `next`, store `offset`, then `object` (release); an entry
// whose `object` is 0 is not there yet. Full: nothing more is learned.
struct LearnedSite {
  std::atomic<uint64_t> object;  // build-id hash, never 0 once published
  uint64_t offset;               // site address minus the object's load base
};
inline constexpr uint32_t kLearnedSiteCount = 2047;
struct LearnedSites {
  std::atomic<uint32_t> next;  // entries claimed (may exceed kLearnedSiteCount)
  uint32_t pad[3];
  LearnedSite sites[kLearnedSiteCount];
};
static_assert(sizeof(LearnedSite) == 16);
static_assert(sizeof(LearnedSites) == 32768);
inline constexpr uint64_t kLearnedSitesOffset = kCountersOffset + uint64_t{kCounterCount} * sizeof(SyscallCounter);

// -e inject=...:poke_enter=@argN=HEX,...:poke_exit=...: bytes written, at a
// due call's entry or exit, where its argument N points. Each tracee copies
// this at start (tracer/inject.cc) and checks every offset before use.
inline constexpr uint32_t kPokeMaxBytes = 1024;  // one poke's data (strace's limit too)
inline constexpr uint32_t kMaxPokes = 8 * 14;    // 8 rules, each @arg1..@arg7 at entry and at exit
struct InjectPoke {
  uint8_t rule;      // the InjectRule it belongs to
  uint8_t arg;       // N of @argN, 1..7
  uint8_t at_exit;   // 0: poke_enter, 1: poke_exit
  uint8_t pad;
  uint16_t length;   // bytes, 1..kPokeMaxBytes
  uint16_t data;     // where they are in `bytes`
};
struct InjectPokes {
  uint32_t count;
  uint32_t bytes_used;
  InjectPoke pokes[kMaxPokes];
  // strace refuses, at the call, a poke at an argument the syscall does not
  // have ("... has only 3 arguments"): each syscall's argument count, and
  // the offset in `bytes` of its NUL-ended name for that message (0: none;
  // with --handler every syscall's, for the tracer's messages).
  uint8_t nargs[512];
  uint16_t name[512];
  uint8_t bytes[32768 - 8 - 8 * kMaxPokes - 512 - 1024];
};
static_assert(sizeof(InjectPoke) == 8);
static_assert(sizeof(InjectPokes) == 32768);
inline constexpr uint64_t kInjectPokesOffset = kLearnedSitesOffset + sizeof(LearnedSites);
inline constexpr uint64_t kRingDataOffset = kInjectPokesOffset + sizeof(InjectPokes);
static_assert(kLearnedSitesOffset % 4096 == 0 && kRingDataOffset % 4096 == 0);

enum class RecordState : uint8_t { kEmpty = 0, kReserved = 1, kCommitted = 2 };

enum class RecordType : uint8_t {
  kPadding = 1,       // fills the ring's end when a record would wrap
  kSyscall = 2,       // a finished syscall, or one that does not return (flag kNoReturn)
  kProcessStart = 3,  // the interposer is live in a process (after exec or at start)
  kNotice = 4,        // text the user must read (e.g. "running SUD-only because ...")
  kSignal = 6,        // a signal was delivered to a handler the application set
  kCodeMaps = 7,      // -k: the process's executable file mappings, as /proc/self/maps lines
  kLifecycle = 8,     // the ptrace companion (cli/companion/): a task's end, a group stop
};

// The first 16 bytes of every record. `word` packs what a reader needs to
// skip the record even if its writer died: tid, size in cells, state, type.
struct RecordHeader {
  uint64_t word;    // accessed only with __atomic builtins (stored Committed with release)
  uint64_t offset;  // the record's own stream offset (its sequence number)
};
static_assert(sizeof(RecordHeader) == 16);

inline constexpr uint64_t PackWord(uint32_t tid, uint32_t cells, RecordState state, RecordType type) {
  return uint64_t{tid} | (uint64_t{cells & 0xffff} << 32) | (uint64_t(state) << 48) | (uint64_t(type) << 56);
}
inline constexpr uint32_t WordTid(uint64_t w) { return uint32_t(w); }
inline constexpr uint32_t WordCells(uint64_t w) { return uint32_t(w >> 32) & 0xffff; }
inline constexpr RecordState WordState(uint64_t w) { return RecordState(uint8_t(w >> 48)); }
inline constexpr RecordType WordType(uint64_t w) { return RecordType(uint8_t(w >> 56)); }
inline constexpr uint32_t kMaxRecordCells = 0xffff;

enum SyscallFlags : uint32_t {
  kNoReturn = 1u << 0,   // recorded at entry: exit, exit_group, a successful execve never return
  kSudRoute = 1u << 1,   // arrived through SIGSYS (first execution of a site, or SUD-only mode)
  kHidden = 1u << 2,     // filtered out by -e trace=, recorded only for the process life
  kVdso = 1u << 3,       // a vDSO call (clock_gettime, ...): it never entered the kernel
  kInjected = 1u << 4,   // -e inject=/fault= answered this call: "(INJECTED)"
  kInjectedArgs = 1u << 7,  // a poke_enter=/poke_exit= wrote the call's memory: "(INJECTED: args[, retval])"
  kDelayed = 1u << 8,    // delay_enter=/delay_exit= slept around it: "(DELAYED)"
  kInjectedRetval = 1u << 9,  // the result is an inject retval=: printed as a number, even in -4095..-1 (strace)
  kDetached = 1u << 5,   // -b execve: this execve leaves its process untraced
  kKilledIn = 1u << 6,   // the companion: the task is being killed by a signal in this call (its last)
};

struct SyscallRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t tid;
  uint64_t nr;
  uint64_t args[6];
  int64_t ret;
  uint64_t tsc_enter;
  uint64_t tsc_exit;
  uint32_t flags;         // SyscallFlags
  uint32_t payload_size;  // bytes of captured data after this struct (0 for now)
};
static_assert(sizeof(SyscallRecord) == 112);
static_assert(sizeof(SyscallRecord) % kCell == 0);

struct ProcessStartRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t tid;
  uint32_t ppid;
  uint32_t mode;  // Mode actually in force: kHybrid or kSud
  char comm[16];  // the process's command name (-Y), NUL-terminated unless 16 long
};
static_assert(sizeof(ProcessStartRecord) == 48);

struct NoticeRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t length;  // bytes of text following
  // char text[length];
};
static_assert(sizeof(NoticeRecord) == 24);

// The lines of /proc/self/maps with execute permission and a file, as read
// at process start and after every mmap/munmap/mprotect/mremap that
// succeeded; each replaces the previous one for that pid.
struct CodeMapsRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t length;  // bytes of text following
  // char text[length];
};
static_assert(sizeof(CodeMapsRecord) == 24);
inline constexpr uint32_t kCodeMapsMax = 60 * 1024;

struct SignalRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t tid;
  int32_t signo;
  uint32_t payload_size; // bytes of captured data after this struct (-k: the stack it interrupted)
  uint8_t siginfo[128];  // the kernel's siginfo_t
  uint64_t tsc;          // when the handler was entered
  uint64_t ip;           // where the program was interrupted (-i), 0 if unknown
};
static_assert(sizeof(SignalRecord) == 176);

// Written by the CLI's ptrace companion, not by a tracee: what only the
// kernel knows — a task's end with its wait status, or a task entering a
// group stop (strace's "--- stopped by SIGSTOP ---"). The header's tid is the
// companion's own thread; `tid` here is the task's.
enum class Lifecycle : uint32_t {
  kEnded = 1,         // status: the task's wait status (exited / killed by a signal, core dumped)
  kGroupStop = 2,     // status: the stopping signal
  kSuperseded = 3,    // a thread of the process exec'd: this (old leader) task is gone
  kExecDone = 4,      // the process's execve succeeded (the new image is loaded)
};
struct LifecycleRecord {
  RecordHeader header;
  uint32_t pid;
  uint32_t tid;
  uint32_t kind;      // Lifecycle
  int32_t status;
  uint64_t tsc;
};
static_assert(sizeof(LifecycleRecord) == 40);

inline constexpr uint64_t CellsFor(uint64_t bytes) { return (bytes + kCell - 1) / kCell; }

}  // namespace lzp::proto
