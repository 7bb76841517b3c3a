// cli/launch/parent_shim.cc — see parent_shim.h.
#include "cli/launch/parent_shim.h"

#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <initializer_list>

namespace lzp::cli {
namespace {

// Writes all of `n` bytes, or gives up (lzptrace is gone).
void WriteAll(int fd, const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    p += w, n -= static_cast<size_t>(w);
  }
}

bool ReadAll(int fd, void* data, size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r, n -= static_cast<size_t>(r);
  }
  return true;
}

}  // namespace

void RunParentShim(pid_t program, int status_fd) {
  WriteAll(status_fd, &program, sizeof(program));
  if (program < 0) _exit(1);
  // What a terminal sends the foreground group (^C, ^\, a hang-up) and a
  // kill of the group must not end the program's parent before the program:
  // it would be orphaned (its parent pid would change under it).
  for (int sig : {SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGPIPE}) signal(sig, SIG_IGN);
  constexpr unsigned kAllFds = ~0u;
  if (status_fd > 0) syscall(SYS_close_range, 0u, static_cast<unsigned>(status_fd - 1), 0u);
  syscall(SYS_close_range, static_cast<unsigned>(status_fd + 1), kAllFds, 0u);
  int status = -1;
  while (waitpid(program, &status, 0) < 0) {
    if (errno != EINTR) {
      status = -1;
      break;
    }
  }
  WriteAll(status_fd, &status, sizeof(status));
  _exit(0);
}

pid_t ReadProgramPid(int fd) {
  pid_t program = -1;
  return ReadAll(fd, &program, sizeof(program)) ? program : -1;
}

int WaitThroughShim(pid_t shim, int status_fd) {
  int status = -1;
  if (!ReadAll(status_fd, &status, sizeof(status))) status = -1;
  close(status_fd);
  while (waitpid(shim, nullptr, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace lzp::cli
