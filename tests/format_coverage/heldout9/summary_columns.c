// -c with -U column sets (a column alone, several in another order, `syscall` for name), -w (wall time) and -c -S calls -U name,calls,errors.
// compare-options: -c -S calls -U name,calls,errors -e trace=getppid,close,dup,kill
// compare-options: -c -S name -U calls,name -e trace=getppid,close,dup,kill
// compare-options: -c -S name -U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name -e trace=getppid,close,dup,kill
// compare-options: -c -S name -U errors,name -e trace=getppid,close,dup,kill
// compare-options: -c -S name -U max-time,min-time,avg-time,total-time,calls,name -e trace=getppid,close,dup,kill
// compare-options: -c -S name -U time-percent,errors,syscall -e trace=getppid,close,dup,kill
// compare-options: -c -w -S name -e trace=getppid,close,dup,kill
// compare-options: -c -S name -e trace=getppid,close,dup,kill -U calls,name,errors
#include "sync.h"
int main(void) {
  for (int i = 0; i < 7; i++) syscall(SYS_getppid);
  for (int i = 0; i < 12; i++) syscall(SYS_close, 1000 + i);
  syscall(SYS_dup, 1);
  syscall(SYS_kill, 99999999, 0);
  syscall(SYS_kill, syscall(SYS_getpid), 0);
  return 0;
}
