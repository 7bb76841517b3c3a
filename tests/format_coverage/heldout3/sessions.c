// setpgid, getpgid, getsid, setsid errors: bad pids and groups.
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_setpgid, -1, 0);
  syscall(SYS_setpgid, 0, -5);
  syscall(SYS_setpgid, 999999, 0);
  syscall(SYS_getpgid, 999999);
  syscall(SYS_getpgid, -3);
  syscall(SYS_getsid, 999999);
  return 0;
}
