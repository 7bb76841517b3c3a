// prlimit64 and getrlimit reading every resource (0..15) and unknown ones (16, -1), prlimit64 lowering RLIMIT_CORE and RLIMIT_NOFILE's soft limit and reading the old values back, setrlimit with soft above hard (EINVAL); default and -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct rlimit r, old;
  for (int i = 0; i < 18; i++) syscall(SYS_prlimit64, 0, i, 0, &r);
  syscall(SYS_prlimit64, 0, -1, 0, &r);
  for (int i = 0; i < 16; i++) syscall(SYS_getrlimit, i, &r);
  r.rlim_cur = 0;
  r.rlim_max = 4096;
  syscall(SYS_prlimit64, 0, RLIMIT_CORE, &r, &old);
  syscall(SYS_prlimit64, 0, RLIMIT_CORE, 0, &old);
  syscall(SYS_getrlimit, RLIMIT_NOFILE, &r);
  r.rlim_cur = 100;
  syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &r, &old);
  r.rlim_cur = r.rlim_max + 1;
  syscall(SYS_setrlimit, RLIMIT_NOFILE, &r);
  r.rlim_cur = 5;
  r.rlim_max = 4;
  syscall(SYS_setrlimit, RLIMIT_CORE, &r);
  return 0;
}
