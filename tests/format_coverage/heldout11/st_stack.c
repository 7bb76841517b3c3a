// -k on a static program: the frames of a few calls made from nested functions (strace's frames name the binary and its symbols).
// compare-build: -static
// compare-options: -k -e trace=getppid,umask,write
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
__attribute__((noinline)) static void inner(int n) { syscall(SYS_getppid); umask(n); }
__attribute__((noinline)) void outer(int n) { inner(n); write(1, "", 0); }
int main(void) {
  outer(022);
  outer(077);
  return 0;
}
