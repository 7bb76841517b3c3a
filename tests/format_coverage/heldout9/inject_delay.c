// -e inject=SET:delay_enter=D / delay_exit=D (1 ms, 2000us, 1ms with when=2): the lines are compared, not the time; with -T the duration's shape.
// compare-options: -e inject=getppid:delay_enter=1000 -e trace=getppid,getpid
// compare-options: -e inject=getppid:delay_exit=2000us:when=2 -e trace=getppid,getpid
// compare-options: -e inject=getpid:delay_enter=1ms:delay_exit=1ms -e trace=getppid,getpid -T
// compare-options: -e inject=getppid:error=ENOENT:delay_exit=1ms -e trace=getppid,getpid
#include "sync.h"
int main(void) {
  for (int i = 0; i < 3; i++) {
    syscall(SYS_getppid);
    syscall(SYS_getpid);
  }
  return 0;
}
