// A static program's end: atexit handlers that write, stdio flushed at exit (the buffered write), and exit(42) (exit_group(42), +++ exited with 42 +++).
// compare-build: -static
// compare-options:
// compare-options: -f
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
static void bye(void) { write(2, "", 0); }
int main(void) {
  atexit(bye);
  FILE *f = fopen("/dev/null", "w");
  fputs("buffered until exit", f);
  exit(42);
}
