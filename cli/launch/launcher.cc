// cli/launch/launcher.cc — see launcher.h.
//
// The ring lives in a memfd: a RingControl page, then `ring_bytes` of ring.
// The child gets the memfd and the pipe's write end at fixed high fd numbers
// (just under min(RLIMIT_NOFILE, 1024)), without close-on-exec so every
// descendant inherits them, and learns them from LZPTRACE_CONFIG. Without
// the companion, our own copy of the write end is closed, so the pipe reads
// EOF exactly when the last traced process is gone. With it, tracees are
// fd-less (tracer/protocol.h): each closes both once mapped, reopens the
// memfd through /proc/<our pid>/fd for an exec, and the companion holds the
// pipe's only write end until the last tracee is gone.
//
// The interposer's bytes are embedded in this executable; they are written
// once to $XDG_RUNTIME_DIR/lzptrace/ (or /tmp/lzptrace-UID/, a directory
// only we can write to) under a name carrying their hash, so every process in
// the traced tree can load it by a stable path, whatever user it runs as.
// A directory another user owns, a symbolic link or a parent others can
// rename in is refused (said on stderr); the file is checked before each use
// (ours, mode 0555, one link, byte for byte the embedded one, or unchanged
// since it was: interposer_stamp.h) and replaced if it is anything else. A program that cannot load the interposer
// (static, setuid to another user) is started without our fds and variables.
#include "cli/launch/launcher.h"

#include "cli/handlers/handler_library.h"
#include "cli/launch/inject_pokes.h"
#include "cli/launch/interposer_stamp.h"
#include "cli/launch/parent_shim.h"
#include "cli/launch/vdso_plan.h"
#include "tracer/elf_probe.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <new>

namespace embedded_interposer {
extern const unsigned char kBytes[];
extern const size_t kSize;
extern const uint64_t kHash;
}  // namespace embedded_interposer

namespace lzp::cli {
namespace {

constexpr uint64_t kPrefaultedRingBytes = 64 << 10;

bool IsExecutableFile(const std::string& path, int* err) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) { *err = errno; return false; }
  if (!S_ISREG(st.st_mode)) { *err = EACCES; return false; }
  return true;
}

// A directory only we can write to (others may read: with -u the traced
// program runs as another user and must load the interposer from here),
// inside a parent that nobody else can rename it out of. A candidate that
// fails is named on stderr with the reason, and not used.
bool PrivateDirectory(const std::string& dir) {
  auto refuse = [&](const std::string& what, const char* why) {
    std::fprintf(stderr, "lzptrace: not using %s for the interposer: %s\n", what.c_str(), why);
    return false;
  };
  std::string parent = dir.substr(0, dir.rfind('/'));
  struct stat st;
  if (stat(parent.empty() ? "/" : parent.c_str(), &st) != 0) return false;
  if ((st.st_uid != geteuid() && st.st_uid != 0) || ((st.st_mode & 022) != 0 && !(st.st_mode & S_ISVTX)))
    return refuse(parent, "others may rename entries in it");
  if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  if (lstat(dir.c_str(), &st) != 0) return false;
  if (!S_ISDIR(st.st_mode)) return refuse(dir, "not a directory (a symbolic link?)");
  if (st.st_uid != geteuid()) return refuse(dir, "owned by another user");
  if ((st.st_mode & 022) != 0) return refuse(dir, "writable by others");
  if ((st.st_mode & 0755) != 0755) chmod(dir.c_str(), 0755);
  return true;
}

// Is `path` our own read-only regular file holding exactly the embedded
// interposer? (Read through an fd opened without following links, so what is
// checked is what is there.)
bool HoldsOurInterposer(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() && (st.st_mode & 07777) == 0555 &&
            st.st_nlink == 1 && static_cast<size_t>(st.st_size) == embedded_interposer::kSize;
  if (ok && !StampMatches(path, st)) {  // (unchanged since a comparison: interposer_stamp.h)
    void* bytes = mmap(nullptr, embedded_interposer::kSize, PROT_READ, MAP_PRIVATE, fd, 0);
    ok = bytes != MAP_FAILED && std::memcmp(bytes, embedded_interposer::kBytes, embedded_interposer::kSize) == 0;
    if (bytes != MAP_FAILED) munmap(bytes, embedded_interposer::kSize);
    if (ok) WriteStamp(path, st);
  }
  close(fd);
  return ok;
}

bool WriteAll(int fd, const unsigned char* data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

constexpr char kStaticallyLinked[] = "is statically linked";

// Why `program` cannot load the interposer (statically linked, setuid or
// setgid to someone else), or null.
const char* WhyUntraceable(const std::string& program) {
  int fd = open(program.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  uint8_t head[1024];
  ssize_t got = pread(fd, head, sizeof(head), 0);
  struct stat st;
  bool have_stat = fstat(fd, &st) == 0;
  close(fd);
  if (got > 0 && ProbeElf(head, static_cast<uint64_t>(got)) == Traceability::kStatic) return kStaticallyLinked;
  if (have_stat && (((st.st_mode & S_ISUID) && st.st_uid != geteuid()) || ((st.st_mode & S_ISGID) && st.st_gid != getegid())))
    return "is setuid/setgid";
  return nullptr;
}

}  // namespace

void WarnIfUntraceable(const std::string& program, bool stepped, bool starts_static) {
  const char* why = WhyUntraceable(program);
  if (why == nullptr || (stepped && starts_static && std::strcmp(why, kStaticallyLinked) == 0)) return;
  if (stepped)
    std::fprintf(stderr, "lzptrace: %s %s: traced through ptrace syscall stops (at strace's speed)\n", program.c_str(), why);
  else
    std::fprintf(stderr, "lzptrace: %s %s: its syscalls are not traced\n", program.c_str(), why);
}

namespace {

// -u USER: the user's groups, gid and uid, as strace does (needs root).
bool BecomeUser(const std::string& user) {
  struct passwd* pw = getpwnam(user.c_str());
  if (pw == nullptr) {
    std::fprintf(stderr, "lzptrace: Cannot find user '%s'\n", user.c_str());
    return false;
  }
  if (initgroups(pw->pw_name, pw->pw_gid) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
    std::fprintf(stderr, "lzptrace: cannot become user '%s': %s\n", user.c_str(), std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace

std::string ResolveProgram(const std::string& prog) {
  int err = ENOENT;
  if (prog.find('/') != std::string::npos) {
    if (IsExecutableFile(prog, &err)) return prog;
  } else {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      std::string dir = dirs.substr(start, end - start);
      std::string candidate = (dir.empty() ? "." : dir) + "/" + prog;
      int e;
      if (IsExecutableFile(candidate, &e) && access(candidate.c_str(), X_OK) == 0) return candidate;
      start = end + 1;
    }
  }
  std::fprintf(stderr, "lzptrace: Can't stat '%s': %s\n", prog.c_str(), std::strerror(err));
  return "";
}

std::string ExtractInterposer() {
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  std::string dir;
  if (runtime != nullptr && runtime[0] == '/' && PrivateDirectory(std::string(runtime) + "/lzptrace"))
    dir = std::string(runtime) + "/lzptrace";
  else if (PrivateDirectory("/tmp/lzptrace-" + std::to_string(geteuid())))
    dir = "/tmp/lzptrace-" + std::to_string(geteuid());
  else {
    std::fprintf(stderr, "lzptrace: cannot create a private directory for the interposer in /tmp: %s\n",
                 std::strerror(errno));
    return "";
  }
  char name[64];
  std::snprintf(name, sizeof(name), "/liblzptrace-%016llx.so", (unsigned long long)embedded_interposer::kHash);
  std::string path = dir + name;
  if (HoldsOurInterposer(path)) return path;
  struct stat st;
  if (lstat(path.c_str(), &st) == 0)
    std::fprintf(stderr, "lzptrace: %s is not the interposer this lzptrace carries: replacing it\n", path.c_str());
  std::string temp = path + ".tmp." + std::to_string(getpid());
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0555);
  if (fd < 0 || !WriteAll(fd, embedded_interposer::kBytes, embedded_interposer::kSize) || fchmod(fd, 0555) != 0 ||
      close(fd) != 0 ||
      rename(temp.c_str(), path.c_str()) != 0) {
    std::fprintf(stderr, "lzptrace: cannot write the interposer to %s: %s\n", path.c_str(), std::strerror(errno));
    unlink(temp.c_str());
    return "";
  }
  return path;
}

bool PrepareRing(const Options& options, uint32_t tsc_khz, const std::string& interposer, Tracee* out) {
  const uint64_t capacity = options.ring_bytes;
  int shm = memfd_create("lzptrace-ring", MFD_CLOEXEC);
  if (shm < 0 || ftruncate(shm, static_cast<off_t>(proto::kRingDataOffset + capacity)) != 0) {
    std::fprintf(stderr, "lzptrace: cannot create the event ring: %s\n", std::strerror(errno));
    return false;
  }
  void* map = mmap(nullptr, proto::kRingDataOffset + capacity, PROT_READ | PROT_WRITE, MAP_SHARED, shm, 0);
  if (map == MAP_FAILED) {
    std::fprintf(stderr, "lzptrace: cannot map the event ring: %s\n", std::strerror(errno));
    return false;
  }
  // Allocate the ring's first 64 KiB now, in one call: more than a short
  // program's records fill (/bin/true's take ~5 KiB in a --record file,
  // `sh -c true`'s ~8 KiB); every further page is allocated by the first
  // record that reaches it. Pre-faulting 512 KiB cost 0.36-0.40 ms at every
  // start (docs/performance.md, "Start-up (session 5)"), for pages a short
  // traced run never uses.
  madvise(static_cast<uint8_t*>(map) + proto::kRingDataOffset, std::min<uint64_t>(capacity, kPrefaultedRingBytes),
          MADV_POPULATE_WRITE);
  auto* ring = new (map) proto::RingControl{};
  ring->magic = proto::kMagic;
  ring->version = proto::kProtocolVersion;
  ring->control_size = sizeof(proto::RingControl);
  ring->capacity = capacity;
  ring->mode = static_cast<uint32_t>(options.mode);
  ring->tsc_khz = tsc_khz;
  ring->overhead_ns = static_cast<uint32_t>(std::min<uint64_t>(options.overhead_ns, UINT32_MAX));
  ring->options = (options.follow_forks ? proto::kFollowForks : 0) |
                  (options.summary || options.summary_and_trace ? proto::kCount : 0) |
                  (options.summary && !options.summary_and_trace && options.record_file.empty() ? proto::kNoRecords : 0) |
                  (options.decode_fds || !options.paths.empty() ? proto::kDecodeFds : 0) |
                  (options.instruction_pointer ? proto::kRecordIp : 0) | (options.kvm_vcpu ? proto::kKvmVcpu : 0) |
                  (options.stack_trace ? proto::kStackTrace : 0) |
                  (options.wall_time ? proto::kCountWallTime : 0) |
                  (options.decode_fds & ~kDecodePath ? proto::kDecodeFdDetails : 0) |
                  (options.detach_on_exec ? proto::kDetachOnExec : 0) |
                  (options.verbose || !options.filters.abbrev.all() ? proto::kWholeArrays : 0) |
                  (options.eager_rewrite ? 0 : proto::kNoEagerRewrite);
  auto* counters = reinterpret_cast<proto::SyscallCounter*>(static_cast<uint8_t*>(map) + proto::kCountersOffset);
  for (uint32_t nr = 0; nr < proto::kCounterCount; ++nr) counters[nr].min_time.store(~0ull, std::memory_order_relaxed);
  // --filter: the syscalls it can never match are filtered out as by -e trace=.
  for (int nr = 0; nr < 512; ++nr)
    if (options.filters.trace.test(nr) && (!options.predicate || options.predicate->possible.test(nr)))
      ring->trace_bitmap[nr / 64] |= uint64_t{1} << (nr % 64);
  if (options.predicate) {
    auto* program = reinterpret_cast<proto::FilterProgram*>(static_cast<uint8_t*>(map) + proto::kFilterOffset);
    *program = options.predicate->program;
    program->tsc_khz = tsc_khz;
  }
  auto* dump = reinterpret_cast<proto::DumpFds*>(static_cast<uint8_t*>(map) + proto::kDumpFdsOffset);
  for (int fd = 0; fd < 1024; ++fd) {
    if (options.filters.read_fds.test(fd)) dump->read_fds[fd / 64] |= uint64_t{1} << (fd % 64);
    if (options.filters.write_fds.test(fd)) dump->write_fds[fd / 64] |= uint64_t{1} << (fd % 64);
  }
  auto* inject = reinterpret_cast<proto::InjectPlan*>(static_cast<uint8_t*>(map) + proto::kInjectPlanOffset);
  for (const InjectRule& r : options.filters.injections) {
    proto::InjectRule& out = inject->rules[inject->count++];
    for (int nr = 0; nr < 512; ++nr)
      if (r.syscalls.test(nr)) out.syscalls[nr / 64] |= uint64_t{1} << (nr % 64);
    out.flags = (r.has_error ? proto::kInjectError : 0) | (r.has_retval ? proto::kInjectRetval : 0) |
                (r.has_signal ? proto::kInjectSignal : 0);
    out.error = r.error;
    out.retval = r.retval;
    out.signal = r.signal;
    out.first = r.first;
    out.last = r.last;
    out.step = r.step;
    out.delay_enter_us = r.delay_enter_us;
    out.delay_exit_us = r.delay_exit_us;
    out.replacement = r.replacement;
  }
  ring->handler_count = static_cast<uint32_t>(options.handlers.size());
  WriteInjectPokes(options.filters.injections, !options.handlers.empty(),
                   reinterpret_cast<proto::InjectPokes*>(static_cast<uint8_t*>(map) + proto::kInjectPokesOffset));
  auto* plan = reinterpret_cast<proto::VdsoPlan*>(static_cast<uint8_t*>(map) + proto::kVdsoPlanOffset);
  if (options.filters.vdso && !(options.summary && !options.summary_and_trace && options.record_file.empty())) {
    std::string note = PlanVdsoHooks(plan, interposer.substr(0, interposer.rfind('/')));  // (kept by the interposer)
    if (!note.empty() && !options.quiet) std::fprintf(stderr, "%s\n", note.c_str());
  }
  ring->string_limit = options.string_limit;

  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "lzptrace: pipe: %s\n", std::strerror(errno));
    return false;
  }
  fcntl(pipe_fds[1], F_SETFL, O_NONBLOCK);
  // Fd-less tracees (with the companion) reopen the ring here for each exec.
  struct stat pipe_stat;
  ring->cli_pid = static_cast<uint32_t>(getpid());
  ring->cli_shm_fd = shm;
  ring->wake_pipe_ino = fstat(pipe_fds[1], &pipe_stat) == 0 ? pipe_stat.st_ino : 0;
  out->shm_fd = shm;
  out->wake_read_fd = pipe_fds[0];
  out->wake_write_fd = pipe_fds[1];
  out->ring = ring;
  out->counters = reinterpret_cast<const proto::SyscallCounter*>(static_cast<uint8_t*>(map) + proto::kCountersOffset);
  out->inflight = reinterpret_cast<const proto::InflightSlot*>(static_cast<uint8_t*>(map) + proto::kInflightOffset);
  out->ring_data = static_cast<uint8_t*>(map) + proto::kRingDataOffset;
  out->ring_capacity = capacity;
  return true;
}

bool Launch(const Options& options, const std::string& program, const std::string& interposer, uint32_t tsc_khz,
            Tracee* out) {
  if (!PrepareRing(options, tsc_khz, interposer, out)) return false;
  proto::RingControl* ring = out->ring;
  const int shm = out->shm_fd;
  const int pipe_fds[2] = {out->wake_read_fd, out->wake_write_fd};

  struct rlimit nofile;
  int top = 1024;
  if (getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur < 1024) top = static_cast<int>(nofile.rlim_cur);
  const int child_shm_fd = top - 2, child_wake_fd = top - 1;

  std::string audit = "LD_AUDIT=" + AuditLibraries(interposer, options.handlers);
  if (audit.size() >= 500) {  // the interposer keeps it in a fixed buffer (tracer/process.h audit_entry)
    std::fprintf(stderr, "lzptrace: the --handler paths are too long together (at most about 400 bytes)\n");
    return false;
  }
  if (const char* existing = std::getenv("LD_AUDIT"); existing != nullptr && existing[0] != '\0')
    audit += std::string(":") + existing;
  char config[128];
  std::snprintf(config, sizeof(config), "%s=v1,%d,%d,%u,%u", proto::kConfigEnv, child_shm_fd, child_wake_fd,
                ring->mode, ring->options);

  std::vector<char*> argv;
  for (const std::string& a : options.command) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);

  int gate[2];
  if (pipe2(gate, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "lzptrace: pipe: %s\n", std::strerror(errno));
    return false;
  }
  // A program that cannot load the interposer gets neither our fds nor our variables.
  const bool untraceable = WhyUntraceable(program) != nullptr;
  const pid_t caller = getpid();
  // -D: the program says when it has reaped the middle process, whose end
  // must not reach it as a SIGCHLD the companion would show.
  int reaped[2] = {-1, -1};
  if (options.daemonize && pipe2(reaped, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "lzptrace: pipe: %s\n", std::strerror(errno));
    return false;
  }
  // With the companion's thread to come, the program gets a single-threaded
  // parent of its own (parent_shim.h).
  int shim[2] = {-1, -1};
  const bool with_shim = options.use_ptrace && !options.daemonize;
  if (with_shim && pipe2(shim, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "lzptrace: pipe: %s\n", std::strerror(errno));
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    std::fprintf(stderr, "lzptrace: fork: %s\n", std::strerror(errno));
    return false;
  }
  if (with_shim && pid == 0) {
    close(shim[0]);
    pid_t program = fork();
    if (program != 0) RunParentShim(program, shim[1]);
    close(shim[1]);  // the program: on from here as the child it would have been
  } else if (with_shim) {
    close(shim[1]);
    out->shim_pid = pid;
    out->shim_status_fd = shim[0];
    pid = ReadProgramPid(shim[0]);
    if (pid < 0) {
      std::fprintf(stderr, "lzptrace: fork: %s\n", std::strerror(errno));
      return false;
    }
  }
  // -D: the roles swap. This process becomes the program; the child forks
  // the tracer (which goes on from here, the caller's grandchild), notes its
  // pid in the ring (fd-less tracees reopen the ring through it) and exits.
  const bool becomes_program = options.daemonize ? pid != 0 : pid == 0;
  if (options.daemonize && pid == 0) {
    pid_t tracer = fork();
    if (tracer != 0) {
      ring->cli_pid = static_cast<uint32_t>(tracer > 0 ? tracer : 0);
      _exit(tracer > 0 ? 0 : 1);
    }
    if (options.daemonize == 2) setpgid(0, 0);
    if (options.daemonize == 3) setsid();
    close(reaped[1]);
    char done;
    while (read(reaped[0], &done, 1) < 0 && errno == EINTR) {
    }
    close(reaped[0]);
    close(gate[0]);
    out->pid = caller;
    out->gate_fd = gate[1];
    return true;
  }
  if (options.daemonize) {  // the program: once the tracer is there, let it ptrace us (Yama) and wait at the gate
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) _exit(1);
    prctl(PR_SET_PTRACER, static_cast<unsigned long>(ring->cli_pid), 0, 0, 0);  // (EINVAL without Yama: no matter)
    close(reaped[0]);
    close(reaped[1]);  // the tracer reads EOF: go on
  }
  if (becomes_program) {
    if (!untraceable && (dup2(shm, child_shm_fd) < 0 || dup2(pipe_fds[1], child_wake_fd) < 0)) _exit(127);
    for (const std::string& change : options.env_changes) {  // -E
      size_t eq = change.find('=');
      if (eq == std::string::npos) unsetenv(change.c_str());
      else setenv(change.substr(0, eq).c_str(), change.substr(eq + 1).c_str(), 1);
    }
    if (!untraceable) {
      putenv(const_cast<char*>(audit.c_str()));
      putenv(config);
    }
    if (!options.run_as_user.empty() && !BecomeUser(options.run_as_user)) _exit(1);
    close(gate[1]);
    char go;
    while (read(gate[0], &go, 1) < 0 && errno == EINTR) {
    }
    execv(program.c_str(), argv.data());
    std::fprintf(stderr, "lzptrace: exec: %s\n", std::strerror(errno));
    _exit(1);
  }
  close(gate[0]);  // (the memfd stays open: fd-less tracees reopen it through /proc/PID/fd)
  out->pid = pid;
  out->gate_fd = gate[1];
  return true;
}

void OpenGate(Tracee* tracee) {
  if (tracee->gate_fd < 0) return;
  char go = 1;
  while (write(tracee->gate_fd, &go, 1) < 0 && errno == EINTR) {
  }
  close(tracee->gate_fd);
  tracee->gate_fd = -1;
}

}  // namespace lzp::cli
