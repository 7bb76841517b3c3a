// -o '|cmd' (the trace through a pipe to cat) and -A (appending to a file that already holds a line): compared as the other programs, the pipe's and the file's text after the loader.
// compare-options: --pipe -e trace=!open,pread64
// compare-options: --append -e trace=!open,pread64
// compare-options: --append -f -e trace=!open,pread64
#include "sync.h"
int main(void) {
  syscall(SYS_munmap, 0, 0);
  syscall(SYS_getppid);
  syscall(SYS_write, 1, "", 0);
  syscall(SYS_close, 55);
  return 3;
}
