/* The program the fault tests (tests/faults_test.cc) disturb. It says
 * "ready PID\n" on stdout, waits for a byte on stdin, makes N (argv[1])
 * getppid calls, each with its index in an unused argument register, says
 * "done\n" and then waits for stdin again: it exits with status 3 at EOF,
 * so a test can kill it (or lzptrace) at a known point, blocked in read(0). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void say(const char* text) {
  size_t n = strlen(text);
  if (write(1, text, n) != (ssize_t)n) exit(9);
}

int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000;
  char line[64];
  snprintf(line, sizeof line, "ready %d\n", getpid());
  say(line);
  char byte;
  if (read(0, &byte, 1) != 1) return 4;
  for (long i = 0; i < n; ++i) syscall(SYS_getppid, i);
  say("done\n");
  while (read(0, &byte, 1) == 1) {
  }
  return 3;
}
