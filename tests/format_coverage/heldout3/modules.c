// init_module, finit_module, delete_module, kexec_load, kexec_file_load: calls that fail (bad images, fds, flags).
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_init_module, "notelf", 6, "a=1 b=2");
  syscall(SYS_init_module, (void*)0xbad0000, 1 << 20, "");
  syscall(SYS_finit_module, -1, "", 0);
  syscall(SYS_finit_module, 0, "x=y", 3);
  syscall(SYS_finit_module, 0, "", 0x10);
  syscall(SYS_delete_module, "no_such_module_h3", O_NONBLOCK | O_TRUNC);
  syscall(SYS_delete_module, "no_such_module_h3", 0);
  syscall(SYS_kexec_load, 0, 0, NULL, 0xbad0000);
  syscall(SYS_kexec_load, 0x1000, 1, (void*)0xbad0000, 0x3e0000);
  syscall(SYS_kexec_file_load, -1, -1, 0, "", 0);
  syscall(SYS_kexec_file_load, -1, -1, 5, "abc", 0x6);
  return 0;
}
