// --absolute-timestamps= / --timestamps= formats and precisions strace 6.1 takes (time, unix, none; s, ms, us, ns), -r and -T with precisions (--relative-timestamps=ns, --syscall-times=ms/ns/s), with -f prefixes.
// compare-options: --timestamps=unix,ms -e trace=!open,pread64
// compare-options: --timestamps=time,ns -e trace=!open,pread64
// compare-options: --absolute-timestamps=format:unix,precision:s -e trace=!open,pread64
// compare-options: --timestamps=none -e trace=!open,pread64
// compare-options: --relative-timestamps=ns -e trace=!open,pread64
// compare-options: --relative-timestamps=ms -e trace=!open,pread64
// compare-options: --syscall-times=ms -e trace=!open,pread64
// compare-options: --syscall-times=ns -e trace=!open,pread64
// compare-options: --syscall-times=s -e trace=!open,pread64
// compare-options: -f -tt -T -e trace=!open,pread64
#include "sync.h"
#include <sys/wait.h>
int main(void) {
  syscall(SYS_munmap, 0, 0);
  long me = syscall(SYS_getpid);
  int s;
  long p = syscall(SYS_fork);
  if (p == 0) {
    wait_sleeping(me);
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  syscall(SYS_wait4, p, &s, 0, 0);
  syscall(SYS_close, 9);
  return 0;
}
