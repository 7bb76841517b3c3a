// Syscall numbers the kernel does not implement on x86-64 and obsolete ones: strace names each and shows ENOSYS.
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_uselib, "/nonexistent-h3/lib");
  syscall(SYS__sysctl, NULL);
  syscall(SYS_create_module, "m", 100);
  syscall(SYS_get_kernel_syms, NULL);
  syscall(SYS_query_module, "m", 1, NULL, 0, NULL);
  syscall(SYS_nfsservctl, 1, NULL, NULL);
  syscall(SYS_getpmsg, 0, 0, 0, 0, 0);
  syscall(SYS_putpmsg, 0, 0, 0, 0, 0);
  syscall(SYS_afs_syscall, 1, 2, 3);
  syscall(SYS_tuxcall, 1, 2, 3);
  syscall(SYS_security, 1, 2, 3);
  syscall(SYS_vserver, 1, 2, 3);
  syscall(SYS_epoll_ctl_old, 1, 2, 3);
  syscall(SYS_epoll_wait_old, 1, 2, 3);
  syscall(SYS_lookup_dcookie, 1, NULL, 0);
  syscall(460, 1, 2);
  syscall(1000, 0, 0, 0, 0, 0, 0);
  return 0;
}
