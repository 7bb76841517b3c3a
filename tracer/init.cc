// tracer/init.cc — the interposer's start-up, run by the dynamic loader.
//
// A list of passes, each small:
//   1. read LZPTRACE_CONFIG (absent: the library was loaded by something
//      other than lzptrace; stay inert);
//   2. map the CLI's ring and check its magic and version;
//   3. remember our two environment entries for later execs, then remove them
//      from the application's environment (it must not see them);
//   4. find the vDSO (never rewritten) from the auxiliary vector;
//   5. give the main thread its ThreadState;
//   6. choose the mode: map page 0 for the hybrid, or say loudly why not;
//   7. take over signal handling (signals.h), install the SIGSYS handler
//      and turn on Syscall User Dispatch;
//   8. hook the vDSO's time functions (vdso.h);
//   9. report the process to the CLI; a program no loader started (a
//      static one, cli/injector/) is noted for eager rewriting here, as
//      la_objopen notes a dynamic one.
// glibc calls .init_array functions with (argc, argv, envp), so no libc call
// is needed to find the environment.
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "tracer/call_counter.h"
#include "tracer/code_maps.h"
#include "tracer/direct_calls.h"
#include "tracer/eager_rewrite.h"
#include "tracer/events.h"
#include "tracer/filter.h"
#include "tracer/inject.h"
#include "tracer/our_mappings.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/signals.h"
#include "tracer/sud.h"
#include "tracer/thread_state.h"
#include "tracer/vdso.h"
#include "tracer/zpoline.h"

extern "C" char __start_lzp_syscall_text[];
extern "C" char __stop_lzp_syscall_text[];

namespace lzp {
namespace {

constexpr char kConfigPrefix[] = "LZPTRACE_CONFIG=";
constexpr char kAuditPrefix[] = "LD_AUDIT=";
constexpr uint64_t kHwcap2Fsgsbase = 1 << 1;

bool StartsWith(const char* s, const char* prefix) {
  for (; *prefix; ++s, ++prefix)
    if (*s != *prefix) return false;
  return true;
}

bool CopyString(char* dst, uint64_t cap, const char* src) {
  uint64_t i = 0;
  for (; src[i] && i + 1 < cap; ++i) dst[i] = src[i];
  dst[i] = '\0';
  return src[i] == '\0';
}

// "v1,<shm fd>,<wake fd>,<mode>,<options>"
bool ParseConfig(const char* s, int* shm_fd, int* wake_fd, uint32_t* mode, uint32_t* options) {
  if (!StartsWith(s, "v1,")) return false;
  s += 3;
  uint64_t values[4];
  for (int i = 0; i < 4; ++i) {
    uint64_t v = 0;
    if (*s < '0' || *s > '9') return false;
    while (*s >= '0' && *s <= '9') v = v * 10 + static_cast<uint64_t>(*s++ - '0');
    values[i] = v;
    if (i < 3 && *s++ != ',') return false;
  }
  *shm_fd = static_cast<int>(values[0]);
  *wake_fd = static_cast<int>(values[1]);
  *mode = static_cast<uint32_t>(values[2]);
  *options = static_cast<uint32_t>(values[3]);
  return *s == '\0';
}

bool MapRing(int fd) {
  long control = Sys(SYS_mmap, 0, proto::kRingDataOffset, PROT_READ, MAP_SHARED, fd, 0);
  if (IsError(control)) return false;
  auto* peek = reinterpret_cast<proto::RingControl*>(control);
  bool ok = peek->magic == proto::kMagic && peek->version == proto::kProtocolVersion &&
            peek->capacity != 0 && (peek->capacity & (peek->capacity - 1)) == 0;
  uint64_t capacity = peek->capacity;
  g_process.string_limit = peek->string_limit < 16384 ? peek->string_limit : 16384;
  for (int i = 0; i < 8; ++i) g_process.trace_bitmap[i] = peek->trace_bitmap[i];
  bool count = peek->options & proto::kCount;
  g_process.no_records = peek->options & proto::kNoRecords;
  g_process.decode_fds = peek->options & proto::kDecodeFds;
  g_process.whole_arrays = peek->options & proto::kWholeArrays;
  g_process.fd_details = peek->options & proto::kDecodeFdDetails;
  g_process.record_ip = peek->options & proto::kRecordIp;
  g_process.kvm_vcpu = peek->options & proto::kKvmVcpu;
  g_process.stack_trace = peek->options & proto::kStackTrace;
  g_process.count_cpu_time = count && !(peek->options & proto::kCountWallTime) && peek->tsc_khz != 0;
  g_process.tsc_khz = peek->tsc_khz;
  g_process.long_call_ticks = uint64_t{peek->tsc_khz} * 20 / 1000;  // 20 us
  g_process.overhead_ticks = uint64_t{peek->overhead_ns} * peek->tsc_khz / 1000000;
  g_process.dump = *reinterpret_cast<const proto::DumpFds*>(reinterpret_cast<const uint8_t*>(peek) + proto::kDumpFdsOffset);
  for (int i = 0; i < 16; ++i) g_process.any_dump |= (g_process.dump.read_fds[i] | g_process.dump.write_fds[i]) != 0;
  Sys(SYS_munmap, control, proto::kRingDataOffset);
  if (!ok) return false;
  long all = Sys(SYS_mmap, 0, proto::kRingDataOffset + capacity, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (IsError(all)) return false;
  NoteOurMapping(static_cast<uint64_t>(all), proto::kRingDataOffset + capacity);
  g_process.ring = reinterpret_cast<proto::RingControl*>(all);
  g_process.inflight = reinterpret_cast<proto::InflightSlot*>(all + proto::kInflightOffset);
  if (count) g_process.counters = reinterpret_cast<proto::SyscallCounter*>(all + proto::kCountersOffset);
  g_process.learned_sites = reinterpret_cast<proto::LearnedSites*>(all + proto::kLearnedSitesOffset);
  g_process.ring_data = reinterpret_cast<uint8_t*>(all) + proto::kRingDataOffset;
  g_process.ring_capacity = capacity;
  return true;
}

// What our two fds are (device, inode): hooks_proc_fds.cc hides them by that.
void NoteOurFiles() {
  int fds[2] = {g_process.shm_fd, g_process.wake_fd};
  for (int i = 0; i < 2; ++i) {
    struct stat st;
    if (IsError(Sys(SYS_fstat, fds[i], &st))) continue;
    g_process.our_files[i].dev = st.st_dev;
    g_process.our_files[i].ino = st.st_ino;
  }
}

// With the companion (protocol.h, "Fd-less tracees"): the ring is mapped,
// so close both fds; no other process can see them any more. The inherited
// wake fd is closed only if it is the CLI's pipe (after an exec that
// reopened the ring there is no wake fd, and that number is the program's).
void GoFdless() {
  const proto::RingControl* ring = g_process.ring;
  g_process.cli_pid = ring->cli_pid;
  g_process.cli_shm_fd = ring->cli_shm_fd;
  struct stat st;
  if (g_process.wake_fd >= 0 && !IsError(Sys(SYS_fstat, g_process.wake_fd, &st)) && S_ISFIFO(st.st_mode) &&
      st.st_ino == ring->wake_pipe_ino)
    Sys(SYS_close, g_process.wake_fd);
  Sys(SYS_close, g_process.shm_fd);
  g_process.shm_fd = -1;
  g_process.wake_fd = -1;
}

// Where LD_AUDIT's value stops naming our libraries: the interposer, then
// the --handler libraries (the ring says how many), at a ':' or the end.
const char* AfterOurLibraries(const char* value) {
  uint32_t ours = 1 + (g_process.ring->handler_count < 8 ? g_process.ring->handler_count : 8);
  for (uint32_t i = 0; i < ours; ++i) {
    if (i > 0) {
      if (*value != ':') break;
      ++value;
    }
    while (*value && *value != ':') ++value;
  }
  return value;
}

// Is env entry `e` only ours (LZPTRACE_CONFIG, or an LD_AUDIT naming our libraries alone)?
bool OnlyOurs(const char* e) {
  if (StartsWith(e, kConfigPrefix)) return true;
  if (!StartsWith(e, kAuditPrefix)) return false;
  e = AfterOurLibraries(e + sizeof(kAuditPrefix) - 1);
  return *e == '\0' || e[1] == '\0';
}

// /proc/PID/environ shows the initial environment block, [env_start,
// env_end), from the process's memory. The launcher and traced execs put our
// entries last; when they are the block's last strings, a process allowed to
// (CAP_SYS_RESOURCE) moves env_end before them. The bytes stay: the loader
// still reads LD_AUDIT's string while it loads audit modules.
void EndProcEnvironBeforeOurs(char** envp) {
  char** end = envp;
  while (*end) ++end;
  char** first_ours = end;
  while (first_ours > envp && OnlyOurs(first_ours[-1])) --first_ours;
  if (first_ours == end || first_ours == envp) return;
  for (char** e = first_ours - 1; e + 1 < end; ++e) {  // each string right after the one before
    const char* after = *e;
    while (*after) ++after;
    if (after + 1 != e[1]) return;
  }
  constexpr long kPrSetMm = 35, kPrSetMmEnvEnd = 11, kPrSetMmMap = 14;  // <linux/prctl.h>
  uint64_t new_end = reinterpret_cast<uint64_t>(*first_ours);
  if (!IsError(Sys(SYS_prctl, kPrSetMm, kPrSetMmEnvEnd, new_end, 0, 0))) return;  // CAP_SYS_RESOURCE
  // Without it, PR_SET_MM_MAP (checkpoint/restore kernels) may replace the
  // whole map, read back from /proc/self/stat, with only env_end changed.
  struct {
    uint64_t start_code, end_code, start_data, end_data, start_brk, brk, start_stack, arg_start, arg_end, env_start,
        env_end;
    uint64_t* auxv;
    uint32_t auxv_size, exe_fd;
  } map = {};
  char stat[1024];
  long fd = Sys(SYS_open, "/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (IsError(fd)) return;
  long n = Sys(SYS_read, fd, stat, sizeof(stat) - 1);
  Sys(SYS_close, fd);
  if (n <= 0) return;
  stat[n] = '\0';
  const char* p = stat + n;
  while (p > stat && *p != ')') --p;  // the command name may hold anything: fields follow its last ')'
  uint64_t fields[53] = {};
  for (int field = 3; field <= 52 && *p; ++field) {  // field 3 is the state letter
    while (*p && *p != ' ') ++p;
    while (*p == ' ') ++p;
    uint64_t v = 0;
    for (; *p >= '0' && *p <= '9'; ++p) v = v * 10 + static_cast<uint64_t>(*p - '0');
    fields[field] = v;
  }
  map = {fields[26], fields[27], fields[45], fields[46], fields[47], static_cast<uint64_t>(Sys(SYS_brk, 0)),
         fields[28], fields[48], fields[49], fields[50], new_end, nullptr, 0, ~0u};
  if (map.env_end == 0 || map.env_start > new_end) return;
  Sys(SYS_prctl, kPrSetMm, kPrSetMmMap, &map, sizeof(map), 0);
}

// Removes LZPTRACE_CONFIG and our library from the environment in place.
void HideOurEnvironment(char** envp) {
  EndProcEnvironBeforeOurs(envp);
  static char remaining_audit[512];
  char** out = envp;
  for (char** e = envp; *e; ++e) {
    if (StartsWith(*e, kConfigPrefix)) continue;
    if (StartsWith(*e, kAuditPrefix)) {
      const char* rest = AfterOurLibraries(*e + sizeof(kAuditPrefix) - 1);  // ours come first
      if (*rest == ':' && rest[1] != '\0') {
        char* dst = remaining_audit;
        for (const char* s = kAuditPrefix; *s; ++s) *dst++ = *s;
        CopyString(dst, sizeof(remaining_audit) - (dst - remaining_audit), rest + 1);
        *out++ = remaining_audit;
      }
      continue;
    }
    *out++ = *e;
  }
  *out = nullptr;
}

void FindVdso(char** envp, uint64_t* hwcap2, uint64_t* interpreter) {
  char** e = envp;
  while (*e) ++e;
  auto* aux = reinterpret_cast<Elf64_auxv_t*>(e + 1);
  uint64_t base = 0;
  g_process.min_signal_stack = 2048;  // MINSIGSTKSZ, for kernels without AT_MINSIGSTKSZ
  for (; aux->a_type != AT_NULL; ++aux) {
    if (aux->a_type == AT_MINSIGSTKSZ) g_process.min_signal_stack = aux->a_un.a_val;
    if (aux->a_type == AT_SYSINFO_EHDR) base = aux->a_un.a_val;
    if (aux->a_type == AT_HWCAP2) *hwcap2 = aux->a_un.a_val;
    if (aux->a_type == AT_BASE) *interpreter = aux->a_un.a_val;
    if (aux->a_type == AT_PHDR) g_process.main_phdr = aux->a_un.a_val;
    if (aux->a_type == AT_PHNUM) g_process.main_phnum = aux->a_un.a_val;
  }
  if (base == 0) return;
  auto* ehdr = reinterpret_cast<const Elf64_Ehdr*>(base);
  auto* phdr = reinterpret_cast<const Elf64_Phdr*>(base + ehdr->e_phoff);
  uint64_t end = 0;
  for (int i = 0; i < ehdr->e_phnum; ++i)
    if (phdr[i].p_type == PT_LOAD && phdr[i].p_vaddr + phdr[i].p_memsz > end) end = phdr[i].p_vaddr + phdr[i].p_memsz;
  g_process.vdso_start = base;
  g_process.vdso_end = base + ((end + 4095) & ~uint64_t{4095});
  g_process.vdso_image_size = g_process.vdso_end - base;  // whole pages, as the CLI hashes them
}

const char* ErrnoName(long err) {
  switch (-err) {
    case EPERM: return "Operation not permitted";
    case EACCES: return "Permission denied";
    case EEXIST: return "File exists (page 0 is already mapped)";
    case ENOMEM: return "Cannot allocate memory";
    default: return "mmap failed";
  }
}

// Says why this process runs without the fast path, where the user can do
// something about it. A process that dropped privileges (man(1) runs its
// pipeline as user man) cannot map page 0 whoever traces it: nothing is lost
// and nothing is said, so lzptrace's stderr stays as empty as strace's.
void ExplainSudOnly(ThreadState* ts, long err) {
  if (ChangedUserSinceStart()) return;
  char text[400];
  char* p = text;
  auto put = [&](const char* s) { while (*s && p < text + sizeof(text) - 1) *p++ = *s++; };
  put("lzptrace: cannot map page 0 for the zpoline fast path (");
  put(ErrnoName(err));
  put("); tracing in SUD-only mode, where every syscall costs a signal. "
      "Fix: run as root, or `sysctl vm.mmap_min_addr=0`, outside user namespaces.");
  *p = '\0';
  EmitNotice(ts, text, true);
}

void Init(int, char**, char** envp) {
  int shm_fd = -1, wake_fd = -1;
  uint32_t mode = 0, options = 0;
  const char* config = nullptr;
  const char* audit = nullptr;
  for (char** e = envp; *e; ++e) {
    if (StartsWith(*e, kConfigPrefix)) config = *e;
    if (StartsWith(*e, kAuditPrefix)) audit = *e;
  }
  if (config == nullptr || audit == nullptr) return;                                             // 1
  if (!ParseConfig(config + sizeof(kConfigPrefix) - 1, &shm_fd, &wake_fd, &mode, &options)) return;
  if (!MapRing(shm_fd)) return;                                                                   // 2
  g_process.shm_fd = shm_fd;
  g_process.wake_fd = wake_fd == shm_fd ? -1 : wake_fd;  // equal: fd-less already (a reopened ring)
  g_process.requested_mode = mode;
  if (g_process.ring->options & proto::kFdless) GoFdless();
  else NoteOurFiles();
  g_process.options = options;
  CopyString(g_process.config_entry, sizeof(g_process.config_entry), config);                      // 3
  CopyString(g_process.audit_entry, sizeof(g_process.audit_entry), audit);
  *const_cast<char*>(AfterOurLibraries(g_process.audit_entry + sizeof(kAuditPrefix) - 1)) = '\0';
  uint64_t hwcap2 = 0, interpreter = 0;                                                           // 4
  FindVdso(envp, &hwcap2, &interpreter);  // (the auxiliary vector follows envp's end: find it before envp shrinks)
  HideOurEnvironment(envp);
  g_process.self_start = reinterpret_cast<uint64_t>(__start_lzp_syscall_text);
  g_process.self_end = reinterpret_cast<uint64_t>(__stop_lzp_syscall_text);
  if (!(hwcap2 & kHwcap2Fsgsbase)) return;  // GS-based state needs rdgsbase (Linux >= 5.9)

  ThreadState* ts = NewThreadState(nullptr);                                                      // 5
  if (ts == nullptr) return;
  g_process.active = true;  // (before installing: the thread claims an in-flight slot)
  InstallThreadState(ts);

  long page0 = static_cast<proto::Mode>(mode) == proto::Mode::kSud ? 1 : MapTrampolinePage();      // 6
  g_process.zpoline = page0 == 0;
  g_process.mode = g_process.zpoline ? proto::Mode::kHybrid : proto::Mode::kSud;
  if (page0 < 0) ExplainSudOnly(ts, page0);
  if (!g_process.zpoline || (options & proto::kNoEagerRewrite)) g_process.learned_sites = nullptr;  // (eager_rewrite.h)

  static SignalTable main_signals;
  ts->signals = &main_signals;
  g_process.main_signals = &main_signals;
  if (IsError(InitSignals(&main_signals)) || IsError(InstallSigsysHandler()) || IsError(EnableDispatch(ts))) {  // 7
    EmitNotice(ts, "lzptrace: Syscall User Dispatch is unavailable (Linux >= 5.11 needed): syscalls are not traced", true);
    g_process.active = false;
    return;
  }
  LoadFilter(reinterpret_cast<const proto::FilterProgram*>(reinterpret_cast<uint8_t*>(g_process.ring) +
                                                         proto::kFilterOffset));
  LoadInjectPlan(reinterpret_cast<const proto::InjectPlan*>(reinterpret_cast<uint8_t*>(g_process.ring) +
                                                          proto::kInjectPlanOffset),
                 reinterpret_cast<const proto::InjectPokes*>(reinterpret_cast<uint8_t*>(g_process.ring) +
                                                           proto::kInjectPokesOffset));
  PlanDirectCalls();  // (after everything it reads: the trace set, options, injection rules)
  const auto* plan = reinterpret_cast<const proto::VdsoPlan*>(reinterpret_cast<uint8_t*>(g_process.ring) +  // 8
                                                              proto::kVdsoPlanOffset);
  if (plan->count != 0 && !HookVdso(plan, g_process.vdso_start, g_process.vdso_image_size))
    EmitNotice(ts, "lzptrace: this process's vDSO differs from lzptrace's or could not be patched: its vDSO calls are not traced", true);
  EmitProcessStart(ts, static_cast<uint32_t>(Sys(SYS_getppid)));                                  // 9
  if (g_process.stack_trace) EmitCodeMaps(ts);
  if (interpreter == 0) NoteProgramWithoutLoader();  // (a static program: no la_objopen will come)
  // An exec that worked never came back to be counted: count it here
  // (unless the ptrace companion, which saw it, did).
  if (g_process.counters != nullptr && Shown(SYS_execve) && ts->traced && !(g_process.ring->options & proto::kCompanion))
    g_process.counters[SYS_execve].calls.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

// The loader's audit interface: loaded with LD_AUDIT, the interposer's
// constructor runs before the loader maps the program's libraries. The
// loader keeps an audit library only if la_version accepts its version.
extern "C" __attribute__((visibility("default"))) unsigned int la_version(unsigned int version) { return version; }

__attribute__((section(".init_array"), used)) static void (*const init_entry)(int, char**, char**) = Init;

}  // namespace lzp
