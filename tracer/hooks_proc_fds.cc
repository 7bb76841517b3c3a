// tracer/hooks_proc_fds.cc — our fds (ring memfd, wake pipe) are absent from
// every /proc directory that lists a traced process's fds.
//
// An fd of ours is recognised by what it is, not by its number: its file's
// device and inode (noted at start-up) are compared with the file an entry
// of /proc/<pid>/fd names (stat through the magic link). So a listing made
// in any traced process — /proc/self/fd, /proc/thread-self/fd,
// /proc/<pid>/fd, /proc/<pid>/task/<tid>/fd and the fdinfo twins of each —
// hides the ring and pipe of every process of the trace, whatever numbers
// they were moved to.
//
//   getdents64 on such a directory: the entries naming ours are cut out of
//     the buffer after the kernel filled it.
//   open/openat/openat2, stat/lstat/newfstatat/statx, readlink/readlinkat,
//     access/faccessat/faccessat2 of /proc/.../fd/<ours> or fdinfo/<ours>
//     (absolute, or a number relative to such a directory, by directory fd
//     or as the working directory): answered ENOENT without running, as for a closed fd.
//
// A process the trace does not follow (no -f) runs without us and lists our
// fds in its parent's directory: that cannot be hidden from outside.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "tracer/hooks.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/safe_copy.h"

namespace lzp {
namespace {

constexpr int kPathMax = 96;  // "/proc/<pid>/task/<tid>/fdinfo/<fd>" is shorter

struct Cursor {
  const char* at;
  bool Eat(const char* prefix) {
    const char* q = at;
    for (; *prefix; ++prefix, ++q)
      if (*q != *prefix) return false;
    at = q;
    return true;
  }
  bool Number() {
    if (*at < '0' || *at > '9') return false;
    while (*at >= '0' && *at <= '9') ++at;
    return true;
  }
};

// Parses "/proc/(self|thread-self|<pid>)[/task/<tid>]/(fd|fdinfo)" at the
// start of `path`; on success *fd_dir_end is where "fd" ends (so the fd form
// of an fdinfo path is path[0..fd_dir_end) + the rest after "info") and
// *rest what follows the directory.
bool ParseFdDirectory(const char* path, const char** fd_dir_end, const char** rest, bool* is_info) {
  Cursor c{path};
  if (!c.Eat("/proc/")) return false;
  if (!c.Eat("thread-self") && !c.Eat("self") && !c.Number()) return false;
  if (c.Eat("/task/") && !c.Number()) return false;
  if (!c.Eat("/fd")) return false;
  *fd_dir_end = c.at;
  *is_info = c.Eat("info");
  *rest = c.at;
  return true;
}

bool AllDigits(const char* s) {
  if (*s == '\0') return false;
  for (; *s; ++s)
    if (*s < '0' || *s > '9') return false;
  return true;
}

// Is the file that the fd link `fd_link` (a NUL-terminated path
// "/proc/.../fd/<n>") names one of ours?
bool NamesOurFile(const char* fd_link) {
  struct stat st;
  if (IsError(Sys(SYS_newfstatat, AT_FDCWD, fd_link, &st, 0))) return false;
  for (auto& file : g_process.our_files)
    if (file.dev == st.st_dev && file.ino == st.st_ino) return true;
  return false;
}

// Builds "<directory's fd form>/<name>" into out: `dir` is a parsed fd or
// fdinfo directory path ending at `dir_end`.
bool FdLinkOf(const char* dir, const char* fd_dir_end, const char* name, char* out) {
  char* p = out;
  char* end = out + kPathMax - 1;
  for (const char* s = dir; s < fd_dir_end && p < end;) *p++ = *s++;
  if (p < end) *p++ = '/';
  for (const char* s = name; *s && p < end;) *p++ = *s++;
  if (p == end) return false;
  *p = '\0';
  return true;
}

// The path directory fd `dirfd` (or the working directory for AT_FDCWD)
// refers to, into out (NUL-terminated).
bool DirectoryPath(long dirfd, char* out) {
  if (dirfd == AT_FDCWD) {
    long len = Sys(SYS_readlink, "/proc/self/cwd", out, kPathMax - 1);
    if (len <= 0) return false;
    out[len] = '\0';
    return true;
  }
  char link[32] = "/proc/self/fd/";
  char* p = link + 14;
  char digits[12];
  int n = 0;
  for (long v = dirfd; n == 0 || v > 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
  while (n) *p++ = digits[--n];
  *p = '\0';
  long len = Sys(SYS_readlink, link, out, kPathMax - 1);
  if (len <= 0) return false;
  out[len] = '\0';
  return true;
}

// Copies the application's path at `addr` (cut at kPathMax-1; longer ones
// are not fd paths).
bool ReadAppPath(uint64_t addr, char* out) {
  uint64_t n = lzp_safe_strcopy(out, reinterpret_cast<const char*>(addr), kPathMax);
  if (n & kCopyFaulted) return false;
  out[kPathMax - 1] = '\0';
  return true;
}

// getdents64: drop the entries that name our files from a listing of a
// traced process's fd or fdinfo directory.
void GetdentsExit(ThreadState*, EntryFrame* f) {
  long ret = static_cast<long>(f->rax);
  if (ret <= 0 || !g_process.active) return;
  char dir[kPathMax];
  const char *fd_dir_end, *rest;
  bool is_info;
  if (!DirectoryPath(static_cast<long>(f->rdi), dir) || !ParseFdDirectory(dir, &fd_dir_end, &rest, &is_info) ||
      *rest != '\0')
    return;
  auto* buf = reinterpret_cast<uint8_t*>(f->rsi);
  long at = 0, end = ret;
  while (at + 19 < end) {
    uint16_t reclen = *reinterpret_cast<uint16_t*>(buf + at + 16);
    if (reclen == 0 || at + reclen > end) break;
    const char* name = reinterpret_cast<const char*>(buf + at + 19);
    char link[kPathMax];
    if (AllDigits(name) && FdLinkOf(dir, fd_dir_end, name, link) && NamesOurFile(link)) {
      for (long i = at; i + reclen < end; ++i) buf[i] = buf[i + reclen];
      end -= reclen;
      continue;
    }
    at += reclen;
  }
  f->rax = static_cast<uint64_t>(end);
}

// Where each path-taking syscall keeps its directory fd and path.
struct PathArgs {
  int dirfd;  // argument index, or -1 for AT_FDCWD
  int path;
};

PathArgs PathArgsOf(uint64_t nr) {
  switch (nr) {
    case SYS_open: case SYS_stat: case SYS_lstat: case SYS_readlink: case SYS_access:
      return {-1, 0};
    default:  // openat, openat2, newfstatat, statx, readlinkat, faccessat, faccessat2
      return {0, 1};
  }
}

EnterResult ProcFdPathEnter(ThreadState*, EntryFrame* f) {
  if (!g_process.active) return kRun;
  PathArgs args = PathArgsOf(f->nr);
  char path[kPathMax];
  if (!ReadAppPath(f->arg(args.path), path)) return kRun;
  char full[kPathMax];
  const char* whole = path;
  if (path[0] != '/') {
    // Relative: only a number in an fd directory can be ours.
    long dirfd = args.dirfd < 0 ? AT_FDCWD : static_cast<int>(f->arg(args.dirfd));
    if (!AllDigits(path) || !DirectoryPath(dirfd, full)) return kRun;
    char* p = full;
    while (*p) ++p;
    char* end = full + kPathMax - 1;
    if (p < end) *p++ = '/';
    for (const char* s = path; *s && p < end;) *p++ = *s++;
    if (p == end) return kRun;
    *p = '\0';
    whole = full;
  }
  const char *fd_dir_end, *rest;
  bool is_info;
  if (!ParseFdDirectory(whole, &fd_dir_end, &rest, &is_info) || *rest != '/' || !AllDigits(rest + 1)) return kRun;
  char link[kPathMax];
  if (!FdLinkOf(whole, fd_dir_end, rest + 1, link) || !NamesOurFile(link)) return kRun;
  f->rax = static_cast<uint64_t>(-ENOENT);
  return {LZP_ACTION_SKIP, 0};
}

}  // namespace

const SyscallHook kGetdentsHook = {nullptr, GetdentsExit};
const SyscallHook kProcFdPathHook = {ProcFdPathEnter, nullptr};

}  // namespace lzp
