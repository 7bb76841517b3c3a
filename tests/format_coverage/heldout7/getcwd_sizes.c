// getcwd answers in the program's own directory: exact size, one short (ERANGE), size 0, a NULL buffer, a bad buffer, and after the directory was removed (the "(unreachable)" answer is ENOENT on Linux); under default and -s 6.
// compare-options:
// compare-options: -s 6
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-getcwd"
int main(void) {
  mkdir(D, 0700);
  chdir(D);
  char buf[64];
  syscall(SYS_getcwd, buf, sizeof buf);
  syscall(SYS_getcwd, buf, sizeof D);
  syscall(SYS_getcwd, buf, sizeof D - 1);
  syscall(SYS_getcwd, buf, 0);
  syscall(SYS_getcwd, 0, sizeof buf);
  syscall(SYS_getcwd, 0xbad0000UL, sizeof buf);
  rmdir(D);
  syscall(SYS_getcwd, buf, sizeof buf);
  chdir("/");
  return 0;
}
