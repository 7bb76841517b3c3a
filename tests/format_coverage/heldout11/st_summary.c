// -c over a static program: a fixed mix (getppid x5, close x3 failing, dup x2, umask x2) and the start-up calls, the table's calls and errors by name.
// compare-build: -static
// compare-options: -c -S name
// compare-options: -c -S calls -e trace=getppid,close,dup,umask
// compare-options: -C -S name -e trace=getppid,close,dup,umask
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  for (int i = 0; i < 5; i++) syscall(SYS_getppid);
  for (int i = 0; i < 3; i++) close(100 + i);
  close(dup(0));
  close(dup(1));
  umask(022);
  umask(022);
  return 0;
}
