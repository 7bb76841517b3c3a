// -e fault=SET (strace's older spelling: ENOSYS by default), :error=, :when=, on a call that succeeds and one that fails, and on an fd-taking call.
// compare-options: -e fault=getppid -e trace=getppid,close,dup
// compare-options: -e fault=dup:error=EMFILE -e trace=getppid,close,dup
// compare-options: -e fault=close:when=2+ -e trace=getppid,close,dup
// compare-options: -e fault=getppid:error=EACCES:when=1..2 -e trace=getppid,close,dup
#include "sync.h"
int main(void) {
  for (int i = 0; i < 3; i++) {
    syscall(SYS_getppid);
    int fd = syscall(SYS_dup, 1);
    syscall(SYS_close, fd);
  }
  return 0;
}
