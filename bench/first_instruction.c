// bench/first_instruction.c — how long from starting a command to the first
// instruction of the program it runs (issue 12: lzptrace's start-up).
//
// `first_instruction ROUNDS [PREFIX...]` runs `PREFIX... first_instruction
// --child` ROUNDS times. Each time it notes CLOCK_MONOTONIC just before
// posix_spawn; the child, started by the prefix (lzptrace, strace) or
// directly (no prefix), writes the clock from its first constructor (after
// the loader, before main: the program's own first code) to a pipe it
// inherits as fd 3. Prints the median and range of the differences in
// microseconds, and the median CPU time of the whole run (the prefix, the
// child and their children: RUSAGE_CHILDREN, user + system).
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

static long long NowNs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int g_child;

__attribute__((constructor(101))) static void FirstCode(void) {
  long long now = NowNs();
  if (getenv("FIRST_INSTRUCTION_CHILD") == NULL) return;
  g_child = 1;
  (void)!write(3, &now, sizeof(now));
}

static int Compare(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return x < y ? -1 : x > y;
}

static double CpuUsOfChildren(void) {
  struct rusage r;
  getrusage(RUSAGE_CHILDREN, &r);
  return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1e6 + r.ru_utime.tv_usec + r.ru_stime.tv_usec;
}

int main(int argc, char** argv) {
  if (g_child) return 0;
  if (argc < 2) {
    fprintf(stderr, "usage: first_instruction ROUNDS [PREFIX...]\n");
    return 2;
  }
  int rounds = atoi(argv[1]);
  if (rounds < 1 || rounds > 100000) return 2;
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
  if (n <= 0) return 1;
  self[n] = '\0';
  char** command = calloc((size_t)argc + 1, sizeof(char*));
  int c = 0;
  for (int i = 2; i < argc; ++i) command[c++] = argv[i];
  command[c++] = self;
  command[c] = NULL;
  setenv("FIRST_INSTRUCTION_CHILD", "1", 1);
  double* latency = calloc((size_t)rounds, sizeof(double));
  double* cpu = calloc((size_t)rounds, sizeof(double));
  for (int r = 0; r < rounds; ++r) {
    int p[2];
    if (pipe(p) != 0) return 1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, p[1], 3);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    double cpu_before = CpuUsOfChildren();
    pid_t pid;
    long long start = NowNs();
    if (posix_spawnp(&pid, command[0], &actions, NULL, command, environ) != 0) return 1;
    close(p[1]);
    long long first = 0;
    ssize_t got = read(p[0], &first, sizeof(first));
    close(p[0]);
    int status;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    if (got != sizeof(first) || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "first_instruction: round %d: no time from the child (status %d)\n", r, status);
      return 1;
    }
    latency[r] = (first - start) / 1000.0;
    cpu[r] = CpuUsOfChildren() - cpu_before;
  }
  qsort(latency, (size_t)rounds, sizeof(double), Compare);
  qsort(cpu, (size_t)rounds, sizeof(double), Compare);
  printf("first instruction after %.0f us (%.0f-%.0f); CPU %.0f us (%.0f-%.0f)\n", latency[rounds / 2], latency[0],
         latency[rounds - 1], cpu[rounds / 2], cpu[0], cpu[rounds - 1]);
  return 0;
}
