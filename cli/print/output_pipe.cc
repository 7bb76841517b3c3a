// cli/print/output_pipe.cc — see output_pipe.h. The command's process gets the
// trace pipe as stdin and the done pipe's write end (not close-on-exec), and
// nothing else of ours: every other descriptor above 2 is closed, so the ring,
// the wake pipe and the companion's pipes keep their readers' EOFs.
#include "cli/print/output_pipe.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace lzp::cli {

FILE* OutputPipe::Open(const std::string& command) {
  int data[2], done[2];
  if (pipe2(data, O_CLOEXEC) != 0) return nullptr;
  if (pipe2(done, O_CLOEXEC) != 0) {
    int saved = errno;
    close(data[0]);
    close(data[1]);
    errno = saved;
    return nullptr;
  }
  pid_t middle = fork();
  if (middle == 0) {
    if (fork() == 0) {
      sigset_t none;
      sigemptyset(&none);
      sigprocmask(SIG_SETMASK, &none, nullptr);  // (lzptrace may block some)
      dup2(data[0], 0);  // (dup2 clears close-on-exec; an fd already 3 is cleared below)
      if (done[1] == 3) fcntl(3, F_SETFD, 0);
      else dup2(done[1], 3);
      close_range(4, ~0U, 0);
      execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    _exit(0);
  }
  int saved = errno;
  close(data[0]);
  close(done[1]);
  if (middle < 0) {
    close(data[1]);
    close(done[0]);
    errno = saved;
    return nullptr;
  }
  waitpid(middle, nullptr, 0);
  done_fd_ = done[0];
  out_ = fdopen(data[1], "w");
  return out_;
}

void OutputPipe::Close() {
  if (out_ != nullptr) std::fclose(out_);
  out_ = nullptr;
  if (done_fd_ < 0) return;
  char byte;
  for (;;) {  // EOF: the command has ended (a stale errno must not keep this reading EOF forever)
    ssize_t r = read(done_fd_, &byte, 1);
    if (r > 0 || (r < 0 && errno == EINTR)) continue;
    break;
  }
  close(done_fd_);
  done_fd_ = -1;
}

}  // namespace lzp::cli
