// tracer/hooks_exec.cc — execve/execveat, exit/exit_group, rt_sigreturn:
// the syscalls that do not come back the usual way.
//
// execve is recorded before it runs (the CLI prints it `= 0` when the new
// image's interposer reports in, or with its error when it comes back). A
// traced process's new image must load us again even if the program passes
// an environment without our variables (env -i, a fresh envp): we hand the
// kernel a copy of envp with LD_AUDIT and LZPTRACE_CONFIG put back (last), built
// in a private mapping that is freed if the exec fails. A fd-less process
// (protocol.h) first reopens the ring for the new image through the CLI's
// /proc/PID/fd entry, and the config it passes names that fd (closed again
// if the exec fails; the new image closes it once mapped).
//
// exit and exit_group are recorded before they run. rt_sigreturn must run on
// the application's stack (it reads the signal frame there); its result is
// the rax saved in that frame, which we read first.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "tracer/call_counter.h"
#include "tracer/elf_probe.h"
#include "tracer/events.h"
#include "tracer/frame_flags.h"
#include "tracer/hooks.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/safe_copy.h"
#include "tracer/signals.h"
#include "tracer/thread_state.h"

namespace lzp {
namespace {

constexpr char kAuditPrefix[] = "LD_AUDIT=";
constexpr char kConfigPrefix[] = "LZPTRACE_CONFIG=";
constexpr uint64_t kMaxEnv = 1 << 16;

// exit, exit_group and execve are recorded even when filtered out or only
// counted: the CLI needs them for "+++ exited with N +++" and exec tracking.
uint32_t HiddenUnlessShown(const EntryFrame* f) {
  return Shown(f->nr) && !g_process.no_records ? 0 : proto::kHidden;
}

uint64_t Length(const char* s) { uint64_t n = 0; while (s[n]) ++n; return n; }

// Reads up to `n` bytes of the string at `addr` without crossing into an
// unreadable page; false if unreadable. `out` is NUL-terminated.
bool ReadPrefix(uint64_t addr, char* out, uint64_t n) {
  uint64_t to_page_end = 4096 - (addr & 4095);
  uint64_t take = n < to_page_end ? n : to_page_end;
  if (!CopyFromApp(out, addr, take)) return false;
  out[take] = '\0';
  return true;
}

bool StartsWith(const char* s, const char* prefix) {
  for (; *prefix; ++s, ++prefix)
    if (*s != *prefix) return false;
  return true;
}

// Points argument `envp_index` at a copy of the environment with our two
// entries (LD_AUDIT and `config`) last; leaves it alone if the application's
// envp is unreadable.
void RebuildEnvironment(ThreadState* ts, EntryFrame* f, int envp_index, const char* config) {
  uint64_t envp = f->arg(envp_index);
  uint64_t count = 0, app_audit = 0;
  if (envp != 0) {
    for (;; ++count) {
      uint64_t p;
      if (count >= kMaxEnv || !CopyFromApp(&p, envp + count * 8, 8)) return;  // the kernel will say EFAULT
      if (p == 0) break;
      char prefix[24];
      if (!ReadPrefix(p, prefix, 16)) return;
      if (StartsWith(prefix, kAuditPrefix)) app_audit = p + sizeof(kAuditPrefix) - 1;
    }
  }
  // Our LD_AUDIT, with the application's own list appended when it differs.
  const char* ours = g_process.audit_entry;
  uint64_t ours_len = Length(ours);
  uint64_t app_len = 0;
  char app_value[1024];  // the application's own LD_AUDIT (we run on its stack: keep this small)
  if (app_audit != 0) {
    while (app_len < sizeof(app_value) - 1) {
      if (!CopyFromApp(&app_value[app_len], app_audit + app_len, 1)) return;
      if (app_value[app_len] == '\0') break;
      ++app_len;
    }
    app_value[app_len] = '\0';
    // Already ours (first entry equal to our library): keep only the rest.
    const char* lib = ours + sizeof(kAuditPrefix) - 1;
    uint64_t lib_len = ours_len - (sizeof(kAuditPrefix) - 1);
    if (app_len >= lib_len && StartsWith(app_value, lib) && (app_value[lib_len] == '\0' || app_value[lib_len] == ':')) {
      uint64_t skip = lib_len + (app_value[lib_len] == ':' ? 1 : 0);
      for (uint64_t i = 0; i + skip <= app_len; ++i) app_value[i] = app_value[i + skip];
      app_len -= skip;
    }
  }
  uint64_t pointers = (count + 3) * 8;
  uint64_t config_len = Length(config);
  uint64_t size = (pointers + config_len + 1 + ours_len + 1 + 1 + app_len + 1 + 4095) & ~uint64_t{4095};
  long map = Sys(SYS_mmap, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (IsError(map)) return;
  auto* out = reinterpret_cast<uint64_t*>(map);
  char* config_copy = reinterpret_cast<char*>(map + pointers);
  for (uint64_t i = 0; i <= config_len; ++i) config_copy[i] = config[i];
  char* audit = config_copy + config_len + 1;
  uint64_t n = 0;
  for (uint64_t i = 0; ours[i]; ++i) audit[n++] = ours[i];
  if (app_len) {
    audit[n++] = ':';
    for (uint64_t i = 0; i < app_len; ++i) audit[n++] = app_value[i];
  }
  audit[n] = '\0';
  uint64_t k = 0;
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t p;
    char prefix[24];
    CopyFromApp(&p, envp + i * 8, 8);
    if (!ReadPrefix(p, prefix, 16)) continue;
    if (StartsWith(prefix, kAuditPrefix) || StartsWith(prefix, kConfigPrefix)) continue;
    out[k++] = p;
  }
  // Ours last: the new image can end its /proc/PID/environ before them (init.cc).
  out[k++] = reinterpret_cast<uint64_t>(audit);
  out[k++] = reinterpret_cast<uint64_t>(config_copy);
  out[k] = 0;
  ts->exec_env_map = static_cast<uint64_t>(map);
  ts->exec_env_size = size;
  ReplaceArgument(ts, f, envp_index, static_cast<uint64_t>(map));
}

// The path the exec names, NUL-terminated in `out`; false if unreadable.
bool ExecPath(const EntryFrame* f, char* out, uint64_t size) {
  uint64_t path_ptr = f->nr == SYS_execve ? f->rdi : f->rsi;
  uint64_t n = lzp_safe_strcopy(out, reinterpret_cast<const char*>(path_ptr), size - 1);
  if (n & kCopyFaulted) return false;
  out[n] = '\0';
  return true;
}

// Appends the decimal digits of v at p; returns the new end.
char* PutDecimal(char* p, uint64_t v) {
  char digits[24];
  int n = 0;
  do digits[n++] = static_cast<char>('0' + v % 10); while ((v /= 10) != 0);
  while (n > 0) *p++ = digits[--n];
  return p;
}

// Fd-less: opens the ring again for the new image, at a high fd number (the
// loader's own opens must get the numbers they get untraced). An fd, or -errno.
long ReopenRing() {
  char path[64] = "/proc/";
  char* p = PutDecimal(path + 6, g_process.cli_pid);
  for (const char* s = "/fd/"; *s; ++s) *p++ = *s;
  *PutDecimal(p, static_cast<uint64_t>(g_process.cli_shm_fd)) = '\0';
  long fd = Sys(SYS_openat, AT_FDCWD, path, O_RDWR);
  if (IsError(fd)) return fd;
  struct { uint64_t cur, max; } nofile = {1024, 1024};
  Sys(SYS_prlimit64, 0, 7 /* RLIMIT_NOFILE */, nullptr, &nofile);
  uint64_t top = nofile.cur < 1024 ? nofile.cur : 1024;
  long high = top > 2 ? Sys(SYS_fcntl, fd, F_DUPFD, top - 2) : -1;
  if (IsError(high)) return fd;
  Sys(SYS_close, fd);
  return high;
}

// "LZPTRACE_CONFIG=v1,<fd>,<fd>,<mode>,<options>": the wake fd equal to the
// shm fd says there is none.
void FormatReopenedConfig(char* out, long fd) {
  char* p = out;
  for (const char* s = kConfigPrefix; *s; ++s) *p++ = *s;
  *p++ = 'v'; *p++ = '1'; *p++ = ',';
  p = PutDecimal(p, static_cast<uint64_t>(fd));
  *p++ = ',';
  p = PutDecimal(p, static_cast<uint64_t>(fd));
  *p++ = ',';
  p = PutDecimal(p, g_process.requested_mode);
  *p++ = ',';
  p = PutDecimal(p, g_process.options);
  *p = '\0';
}

// Says once per exec, on stderr through the CLI, when the new image cannot
// load us: statically linked, or setuid/setgid to someone else (the loader
// ignores LD_AUDIT in secure mode). True if so.
bool WarnIfUntraceable(ThreadState* ts, EntryFrame* f) {
  char path[512];
  int dirfd = f->nr == SYS_execve ? AT_FDCWD : static_cast<int>(f->rdi);
  if (!ExecPath(f, path, sizeof(path))) return false;
  long fd = Sys(SYS_openat, dirfd, path, O_RDONLY | O_CLOEXEC);
  if (IsError(fd)) return false;  // the exec will fail (or it is not readable: cannot tell)
  uint8_t head[1024];
  long got = Sys(SYS_pread64, fd, head, sizeof(head), 0);
  struct stat st;
  long stat_ok = Sys(SYS_fstat, fd, &st);
  Sys(SYS_close, fd);
  const char* why = nullptr;
  const bool is_static = got > 0 && ProbeElf(head, static_cast<uint64_t>(got)) == Traceability::kStatic;
  if (is_static) why = " is statically linked";
  else if (stat_ok == 0 && (((st.st_mode & S_ISUID) && st.st_uid != static_cast<uid_t>(Sys(SYS_geteuid))) ||
                            ((st.st_mode & S_ISGID) && st.st_gid != static_cast<gid_t>(Sys(SYS_getegid)))))
    why = " is setuid/setgid";
  if (why == nullptr) return false;
  // With fd-less tracees the companion starts the interposer in a static
  // image (cli/injector/static_start.h), and says so only if it cannot.
  constexpr uint32_t kStartsStatic = proto::kCompanion | proto::kFdless;
  if (is_static && (g_process.ring->options & kStartsStatic) == kStartsStatic) return true;
  char text[700];
  char* p = text;
  auto put = [&](const char* s) { while (*s && p < text + sizeof(text) - 1) *p++ = *s++; };
  put("lzptrace: ");
  put(path);
  put(why);
  // With the CLI's ptrace companion, a process without us is stepped through syscall stops.
  put((g_process.ring->options & proto::kCompanion) ? ": traced through ptrace syscall stops (at strace's speed)"
                                                     : ": its syscalls are not traced");
  *p = '\0';
  EmitNotice(ts, text, false);
  return true;
}

// Our fds close with the exec (or, with `open` false, stay open again after
// an exec that failed).
void CloseOursOnExec(bool close) {
  if (g_process.shm_fd < 0) return;  // fd-less: nothing to hide
  Sys(SYS_fcntl, g_process.shm_fd, F_SETFD, close ? FD_CLOEXEC : 0);
  Sys(SYS_fcntl, g_process.wake_fd, F_SETFD, close ? FD_CLOEXEC : 0);
}

EnterResult ExecEnter(ThreadState* ts, EntryFrame* f) {
  if (!ts->traced) return kRun;
  bool untraceable = WarnIfUntraceable(ts, f);
  if (untraceable && !(g_process.options & proto::kDetachOnExec)) {
    // A program that will not load us gets neither our variables (its
    // environment is the application's, from which they were removed at
    // start-up) nor our fds.
    EmitSyscall(ts, f, 0, proto::kNoReturn | HiddenUnlessShown(f), ts->depth - 1);
    CloseOursOnExec(true);
    ts->exec_hides_ours = true;
    return kRun;
  }
  if (g_process.options & proto::kDetachOnExec) {
    // -b execve: the new image runs without us. Our variables are not put
    // back (the application's environment no longer has them), our fds close
    // with the exec, and this thread records nothing more if it fails.
    EmitSyscall(ts, f, 0, proto::kNoReturn | proto::kDetached | HiddenUnlessShown(f), ts->depth - 1);
    CloseOursOnExec(true);
    ts->traced = false;
    return kRun;
  }
  const char* config = g_process.config_entry;
  char reopened[96];
  if (g_process.shm_fd < 0 && g_process.cli_pid != 0) {  // fd-less: the new image needs the ring
    long fd = ReopenRing();
    if (IsError(fd)) {
      // (A process that changed its user cannot reach the CLI's fd.) The new
      // image runs without us; the companion steps it through syscall stops.
      // Nothing is lost, so nothing is said: lzptrace's stderr stays as empty
      // as strace's (man(1) drops to its own user and execs along PATH: one
      // notice per attempt filled the terminal; docs/realworld.md).
      EmitSyscall(ts, f, 0, proto::kNoReturn | HiddenUnlessShown(f), ts->depth - 1);
      return kRun;
    }
    ts->exec_ring_reopened = true;
    ts->exec_ring_fd = static_cast<int>(fd);
    FormatReopenedConfig(reopened, fd);
    config = reopened;
  }
  EmitSyscall(ts, f, 0, proto::kNoReturn | HiddenUnlessShown(f), ts->depth - 1);
  RebuildEnvironment(ts, f, f->nr == SYS_execve ? 2 : 3, config);
  return kRun;
}

void ExecExit(ThreadState* ts, EntryFrame*) {
  if (ts->exec_env_map != 0) Sys(SYS_munmap, ts->exec_env_map, ts->exec_env_size);
  ts->exec_env_map = 0;
  if (ts->exec_hides_ours) CloseOursOnExec(false);  // it failed: we stay
  ts->exec_hides_ours = false;
  if (ts->exec_ring_reopened) Sys(SYS_close, ts->exec_ring_fd);  // it failed: not needed
  ts->exec_ring_reopened = false;
}

EnterResult ExitEnter(ThreadState* ts, EntryFrame* f) {
  if (ts->traced) EmitSyscall(ts, f, 0, proto::kNoReturn | HiddenUnlessShown(f), ts->depth - 1);
  if (f->nr == SYS_exit && ts->child_is_thread) MarkExiting(ts);  // its state may serve another once it is gone
  return kRun;
}

// The signal frame's ucontext sits at the application's rsp (the handler's
// `ret` popped the restorer's address). The record carries the mask being
// restored in place of the first argument: strace prints it, {mask=[...]}.
EnterResult SigreturnEnter(ThreadState* ts, EntryFrame* f) {
  constexpr uint64_t kSavedRax = 40 + 13 * 8;  // uc_mcontext.gregs[REG_RAX]
  constexpr uint64_t kSigmask = 40 + 256;      // uc_sigmask, after the 256-byte mcontext
  uint64_t rax = 0;
  const uint32_t level = ts->depth - 1;  // it never comes back through lzp_syscall_exit
  EndInflight(ts, f, level);
  EntryFrame shown = *f;
  bool shown_call = ts->traced && Shown(f->nr) && !HideSigreturn(ts, f->app_rsp);
  constexpr uint64_t kSavedRip = 40 + 16 * 8;  // uc_mcontext.gregs[REG_RIP]
  uint64_t rip = 0;
  bool read = shown_call && CopyFromApp(&rax, f->app_rsp + kSavedRax, 8) && CopyFromApp(&rip, f->app_rsp + kSavedRip, 8);
  // A handler of a signal that came inside the interposer returns there: the
  // application's rax is the one the entry path will give back (signals.h).
  if (read) rax = static_cast<uint64_t>(ApplicationRax(ts, rip, rax, level));
  if (read && g_process.counters != nullptr) {  // -c: it never comes back through lzp_syscall_exit, which counts
    EntryFrame timed = *f;
    timed.aux &= ~kAuxFlags;
    CountCall(ts, &timed, static_cast<int64_t>(rax));
  }
  if (read && !g_process.no_records && CopyFromApp(&shown.rdi, f->app_rsp + kSigmask, 8))
    EmitSyscall(ts, &shown, static_cast<int64_t>(rax), 0, level);
  ts->depth = level;
  return {LZP_ACTION_SIGRETURN, 0};
}

}  // namespace

// The CLI's /proc/PID directory belongs to the user the trace runs as.
bool ChangedUserSinceStart() {
  if (g_process.cli_pid == 0) return false;
  char path[32] = "/proc/";
  *PutDecimal(path + 6, g_process.cli_pid) = '\0';
  struct stat st;
  if (IsError(Sys(SYS_newfstatat, AT_FDCWD, path, &st, 0))) return false;
  return st.st_uid != static_cast<uid_t>(Sys(SYS_geteuid));
}

const SyscallHook kExecHook = {ExecEnter, ExecExit};
const SyscallHook kExitHook = {ExitEnter, nullptr};
const SyscallHook kSigreturnHook = {SigreturnEnter, nullptr};

}  // namespace lzp
