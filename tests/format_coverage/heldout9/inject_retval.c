// -e inject=SET:retval=V: a success value on a call that fails and on one that succeeds, 0, a large value, a negative-looking value; with when=, and retval with signal=.
// compare-options: -e inject=close:retval=42 -e trace=close,getppid,lseek
// compare-options: -e inject=getppid:retval=0:when=2 -e trace=close,getppid,lseek
// compare-options: -e inject=lseek:retval=4294967296 -e trace=close,getppid,lseek
// compare-options: -e inject=getppid:retval=18446744073709551615 -e trace=close,getppid,lseek
// compare-options: -e inject=getppid:retval=7:signal=SIGUSR1:when=1 -e trace=close,getppid,lseek
#include "sync.h"
int main(void) {
  catch_signal(SIGUSR1);
  syscall(SYS_close, 999);
  syscall(SYS_close, 998);
  for (int i = 0; i < 3; i++) syscall(SYS_getppid);
  syscall(SYS_lseek, 0, 0, SEEK_CUR);
  return 0;
}
