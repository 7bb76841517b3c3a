// tests/test_support.cc — see test_support.h.
#include "tests/test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace lzp::test {

RunResult RunProgram(const std::vector<std::string>& argv) {
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) std::abort();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  RunResult result;
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof(buf));
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? result.out : result.err).append(buf, static_cast<size_t>(n));
      }
    }
  }
  waitpid(pid, &result.status, 0);
  return result;
}

Traced TraceInMode(const std::string& mode, const std::vector<std::string>& command,
                   const std::vector<std::string>& options) {
  std::string file = TempPath("trace");
  std::vector<std::string> argv = {Lzptrace(), "--mode=" + mode, "-o", file};
  argv.insert(argv.end(), options.begin(), options.end());
  argv.insert(argv.end(), command.begin(), command.end());
  Traced t{RunProgram(argv), {}};
  t.trace = Lines(ReadFile(file));
  return t;
}

int CountCalls(const std::vector<std::string>& trace, const std::string& name) {
  int n = 0;
  for (const std::string& l : trace) n += SyscallNameOf(l) == name;
  return n;
}

std::string Lzptrace() { return "cli/lzptrace"; }
std::string Program(const std::string& name) { return "tests/programs/" + name; }

std::string TempPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  static int counter = 0;
  return std::string(dir ? dir : "/tmp") + "/" + std::to_string(getpid()) + "." + std::to_string(counter++) + "." + name;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

std::string SyscallNameOf(const std::string& line) {
  size_t start = 0;
  if (line.rfind("[pid", 0) == 0) {
    start = line.find("] ") + 2;  // "[pid  123] " (-f)
  } else if (!line.empty() && isdigit(static_cast<unsigned char>(line[0]))) {
    start = line.find_first_not_of("0123456789");  // "123   " (-f -o FILE)
    start = line.find_first_not_of(' ', start);
    if (start == std::string::npos) return "";
  }
  if (line.compare(start, 5, "<... ") == 0) return "";  // the rest of an "<unfinished ...>" line
  size_t paren = line.find('(', start);
  if (paren == std::string::npos || line.compare(start, 3, "+++") == 0 || line.compare(start, 3, "---") == 0) return "";
  return line.substr(start, paren - start);
}

PipedProgram StartPiped(const std::vector<std::string>& argv) {
  PipedProgram p;
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(p.err) != 0) return p;
  p.pid = fork();
  if (p.pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    for (int fd : {in[0], in[1], out[0], out[1], p.err[0], p.err[1]}) close(fd);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  p.in = in[1];
  p.out = out[0];
  return p;
}

// -p tests: runs `argv` with its stderr on the pipe `err` (whose write end
// it then closes here), the other fds given closed in the child.
pid_t StartTracer(const std::vector<std::string>& argv, const int err[2], std::initializer_list<int> close_in_child) {
  pid_t tracer = fork();
  if (tracer == 0) {
    dup2(err[1], 2);
    for (int fd : close_in_child) close(fd);
    close(err[0]);
    close(err[1]);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(err[1]);
  return tracer;
}

// Until task `pid` is asleep (state S) in read (/proc/PID/syscall: 0).
void WaitUntilAsleepInRead(const std::string& pid) {
  for (int i = 0; i < 2000; ++i) {
    std::string stat = ReadFile("/proc/" + pid + "/stat"), call = ReadFile("/proc/" + pid + "/syscall");
    size_t paren = stat.rfind(')');
    if (paren != std::string::npos && stat.compare(paren, 3, ") S") == 0 && call.rfind("0 ", 0) == 0) return;
    usleep(5000);
  }
}

std::string ReadLine(int fd) {
  std::string line;
  char c;
  while (read(fd, &c, 1) == 1 && c != '\n') line += c;
  return line;
}

}  // namespace lzp::test
