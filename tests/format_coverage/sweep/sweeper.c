// tests/format_coverage/sweep/sweeper.c — makes one raw syscall per case, each
// in a child of its own, so that a tracer's line for every (syscall, argument
// vector) pair can be compared with strace's.
//
// How it works: sweep.py writes a case file from syscalltable/syscalls.tbl, one
// line per case: `ID NR A0 A1 A2 A3 A4 A5`, where each argument is a number
// (strtoull, base 0) or a token naming a value this program makes (see
// Resolve). For each case the parent forks; the child
//   1. drops to uid/gid 65534 (setgroups, setresgid, setresuid: no
//      capabilities left), limits CPU time and file size, blocks the signals
//      a failing call may raise (SIGPIPE, SIGXFSZ, SIGTTIN, SIGTTOU, SIGIO,
//      SIGURG) so none is delivered,
//   2. makes a fresh directory c<ID> in the sweep's base directory (argv[2],
//      mode 0777, made by the driver) and enters it, then opens a regular
//      file "f", a non-blocking pipe and an AF_UNIX socket,
//   3. arms a 300 ms ITIMER_REAL (SIGALRM's default action ends a call that
//      blocks on valid arguments), writes the begin marker
//      `write(-1, "#ID", ...)`, makes the call with syscall(2), writes the
//      end marker `write(-1, "#end", 4)` and _exits.
// The driver keeps, per child, the lines between the markers (or up to the
// `+++ killed` line). The parent waits for each child with a 5 s alarm of its
// own and kills one that is still there. The memory the pointer tokens name
// is mapped by the parent at fixed addresses before any fork: a zeroed page,
// a page of 0xff, and the last 8 bytes of a zeroed page followed by an
// unmapped one; each is followed by an unmapped guard page. Nothing is
// printed: the trace is the output.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define ZERO_PAGE 0x5a000000UL
#define FF_PAGE 0x5a002000UL
#define CROSS_PAGE 0x5a004000UL
#define PAGE 4096UL

enum { kFileFd = 3, kPipeReadFd = 4, kPipeWriteFd = 5, kSocketFd = 6, kClosedFd = 9 };

static char long_path[4200];

// Fixed descriptors: whatever the child's setup is given, the numbers are the
// ones named above (dup2 onto them), so a line never depends on the order of
// the setup.
static void PlaceFd(int fd, int want) {
  if (fd != want) {
    dup2(fd, want);
    close(fd);
  }
}

static void SetUpChild(const char* base, const char* id) {
  setgroups(0, NULL);
  if (setresgid(65534, 65534, 65534) || setresuid(65534, 65534, 65534)) _exit(120);
  struct rlimit cpu = {2, 2}, fsize = {1 << 16, 1 << 16};
  setrlimit(RLIMIT_CPU, &cpu);
  setrlimit(RLIMIT_FSIZE, &fsize);
  sigset_t quiet;
  sigemptyset(&quiet);
  int quiet_signals[] = {SIGPIPE, SIGXFSZ, SIGTTIN, SIGTTOU, SIGIO, SIGURG};
  for (unsigned i = 0; i < sizeof quiet_signals / sizeof *quiet_signals; i++) sigaddset(&quiet, quiet_signals[i]);
  sigprocmask(SIG_BLOCK, &quiet, NULL);
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/c%s", base, id);
  if (mkdir(dir, 0700) || chdir(dir)) _exit(121);
  PlaceFd(open("f", O_RDWR | O_CREAT | O_TRUNC, 0644), kFileFd);
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_NONBLOCK)) _exit(122);
  // The pipe's ends may land on 4 and 5 or on the socket's slot: move the
  // read end first to a scratch slot so the two never overwrite each other.
  int read_end = dup(pipe_fds[0]), write_end = dup(pipe_fds[1]);
  close(pipe_fds[0]);
  close(pipe_fds[1]);
  PlaceFd(read_end, kPipeReadFd);
  PlaceFd(write_end, kPipeWriteFd);
  PlaceFd(socket(AF_UNIX, SOCK_STREAM, 0), kSocketFd);
  close(kClosedFd);
}

static unsigned long Resolve(const char* token) {
  if (token[0] != '@') return strtoull(token, NULL, 0);
  static const struct {
    const char* name;
    unsigned long value;
  } fixed[] = {
      {"@bad", 0xbad0000UL},
      {"@zero", ZERO_PAGE},
      {"@ff", FF_PAGE},
      {"@cross", CROSS_PAGE + PAGE - 8},
      {"@fd_file", kFileFd},
      {"@fd_pipe", kPipeReadFd},
      {"@fd_sock", kSocketFd},
      {"@fd_closed", kClosedFd},
      {"@fd_file_hi", 0xdefaced00000000UL | kFileFd},
  };
  for (unsigned i = 0; i < sizeof fixed / sizeof *fixed; i++)
    if (!strcmp(token, fixed[i].name)) return fixed[i].value;
  if (!strcmp(token, "@p_empty")) return (unsigned long)"";
  if (!strcmp(token, "@p_name")) return (unsigned long)"f";
  if (!strcmp(token, "@p_new")) return (unsigned long)"new";
  if (!strcmp(token, "@p_long")) return (unsigned long)long_path;
  if (!strcmp(token, "@self")) return (unsigned long)getpid();
  _exit(123);  // an unknown token is the driver's bug: the case shows no call
}

static void RunCase(const char* base, char* line) {
  char* fields[8];
  int n = 0;
  for (char* tok = strtok(line, " \n"); tok && n < 8; tok = strtok(NULL, " \n")) fields[n++] = tok;
  if (n != 8) return;
  pid_t child = fork();
  if (child == 0) {
    SetUpChild(base, fields[0]);
    unsigned long nr = strtoul(fields[1], NULL, 0), a[6];
    for (int i = 0; i < 6; i++) a[i] = Resolve(fields[2 + i]);
    char begin[32];
    int begin_len = snprintf(begin, sizeof begin, "#%s", fields[0]);
    struct itimerval stop = {{0, 0}, {0, 300000}};
    setitimer(ITIMER_REAL, &stop, NULL);
    syscall(SYS_write, -1, begin, begin_len);
    syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    syscall(SYS_write, -1, "#end", 4);
    syscall(SYS_exit_group, 0);
  }
  if (child < 0) return;
  alarm(5);
  if (waitpid(child, NULL, 0) < 0 && errno == EINTR) {
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
  }
  alarm(0);
}

static void OnAlarm(int sig) { (void)sig; }

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  memset(long_path, 'a', sizeof long_path - 1);
  unsigned long pages[] = {ZERO_PAGE, FF_PAGE, CROSS_PAGE};
  for (unsigned i = 0; i < 3; i++)
    if (mmap((void*)pages[i], PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1,
             0) != (void*)pages[i])
      return 3;
  memset((void*)FF_PAGE, 0xff, PAGE);
  struct sigaction on_alarm = {0};
  on_alarm.sa_handler = OnAlarm;  // no SA_RESTART: waitpid returns EINTR
  sigaction(SIGALRM, &on_alarm, NULL);
  FILE* cases = fopen(argv[1], "r");
  if (!cases) return 4;
  char line[512];
  while (fgets(line, sizeof line, cases)) RunCase(argv[2], line);
  return 0;
}
