// modify_ldt, arch_prctl, set_thread_area, get_thread_area: reads, bad functions, unknown codes.
#include <asm/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char buf[16];
  unsigned long v;
  syscall(SYS_modify_ldt, 0, buf, sizeof buf);
  syscall(SYS_modify_ldt, 2, buf, 0);
  syscall(SYS_modify_ldt, 7, NULL, 0);
  syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
  syscall(SYS_arch_prctl, ARCH_GET_GS, &v);
  syscall(SYS_arch_prctl, ARCH_GET_FS, (void*)0xbad0000);
  syscall(SYS_arch_prctl, 0x9999, 0);
  syscall(SYS_set_thread_area, NULL);
  syscall(SYS_get_thread_area, (void*)0xbad0000);
  return 0;
}
