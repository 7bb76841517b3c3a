// The traced program dumps core: SIGSEGV from a write to address 16 with a 1 MiB RLIMIT_CORE in its own directory (the pattern `core` writes ./core, removed by the next run), ending in +++ killed by SIGSEGV (core dumped) +++.
// compare-options: -e trace=!open,pread64
#include "sync.h"
#include <sys/resource.h>
int main(void) {
  syscall(SYS_mkdir, "/tmp/lzp-h9-selfcore", 0700);
  syscall(SYS_chdir, "/tmp/lzp-h9-selfcore");
  syscall(SYS_unlink, "core");
  struct rlimit r = {1 << 20, 1 << 20};
  syscall(SYS_setrlimit, RLIMIT_CORE, &r);
  *(volatile int *)16 = 1;
  return 0;
}
