// -e inject=SET:error=E on calls that would succeed and fail: an errno by name and by number, when=N, N+, N+S, N..M, and an injection on a class (%process is not touched here).
// compare-options: -e inject=getppid:error=ENOENT -e trace=getppid,close,umask,getuid
// compare-options: -e inject=getppid:error=13:when=2 -e trace=getppid,close,umask,getuid
// compare-options: -e inject=getppid:error=EPERM:when=3+ -e trace=getppid,close,umask,getuid
// compare-options: -e inject=getppid:error=EIO:when=2+2 -e trace=getppid,close,umask,getuid
// compare-options: -e inject=getppid:error=EBUSY:when=2..4 -e trace=getppid,close,umask,getuid
// compare-options: -e inject=close,umask:error=ENOSYS -e trace=getppid,close,umask,getuid
// compare-options: -e inject=getuid:error=ERESTARTSYS -e trace=getppid,close,umask,getuid
// compare-options: -e inject=all:error=EINVAL:when=7 -e trace=getppid,close,umask,getuid
#include "sync.h"
int main(void) {
  for (int i = 0; i < 8; i++) syscall(SYS_getppid);
  syscall(SYS_close, 999);
  syscall(SYS_umask, 022);
  syscall(SYS_getuid);
  return 0;
}
