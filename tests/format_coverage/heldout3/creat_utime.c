// creat, utime, ustat, sysfs: modes, times, NULL times, bad pointers, sysfs options.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utime.h>
int main(void) {
  int f = syscall(SYS_creat, "/tmp/lzp-h3-creat", 0640);
  syscall(SYS_creat, "/tmp/lzp-h3-dir-not-there/x", 04755);
  syscall(SYS_creat, (void*)0xbad0000, 0);
  struct utimbuf u = {1000000000, 1234567890};
  syscall(SYS_utime, "/tmp/lzp-h3-creat", &u);
  syscall(SYS_utime, "/tmp/lzp-h3-creat", NULL);
  syscall(SYS_utime, "/tmp/lzp-h3-creat", (void*)0xbad0000);
  char ub[32];
  syscall(SYS_ustat, 0x801, ub);
  syscall(SYS_sysfs, 1, "proc");
  syscall(SYS_sysfs, 1, "nosuchfs");
  syscall(SYS_sysfs, 2, 0, ub);
  syscall(SYS_sysfs, 3);
  syscall(SYS_sysfs, 9);
  close(f);
  unlink("/tmp/lzp-h3-creat");
  return 0;
}
