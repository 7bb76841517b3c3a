// kcmp of files, vm and bad types.
#include <linux/kcmp.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  pid_t p = getpid(); int fd = dup(1);
  syscall(SYS_kcmp, p, p, KCMP_FILE, 1, fd); syscall(SYS_kcmp, p, p, KCMP_FILE, 0, 99);
  syscall(SYS_kcmp, p, p, KCMP_VM, 0, 0); syscall(SYS_kcmp, p, p, KCMP_FS, 0, 0);
  syscall(SYS_kcmp, p, p, 99, 0, 0); syscall(SYS_kcmp, p, p, KCMP_FILE, -1, -2);
  return 0;
}
