// prlimit64 for every resource and unknown ones: infinities, values above the maximum, NULL and bad pointers, other pids.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct rlimit r;
  for (int res = 0; res < 18; res++) syscall(SYS_prlimit64, 0, res, NULL, &r);
  syscall(SYS_prlimit64, 0, RLIMIT_CORE, NULL, (void*)0xbad0000);
  syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, (void*)0xbad0000, NULL);
  struct rlimit big = {RLIM_INFINITY, 5};
  syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &big, NULL);
  struct rlimit m = {4096 * 1024UL, RLIM_INFINITY - 1};
  syscall(SYS_prlimit64, 0, RLIMIT_MEMLOCK | 0x100, &m, NULL);
  syscall(SYS_prlimit64, 0, -1, NULL, &r);
  syscall(SYS_prlimit64, 999999, RLIMIT_CPU, NULL, &r);
  syscall(SYS_prlimit64, -1, RLIMIT_CPU, NULL, &r);
  syscall(SYS_getrlimit, RLIMIT_RTTIME, &r);
  syscall(SYS_getrlimit, 77, &r);
  syscall(SYS_setrlimit, RLIMIT_AS, (void*)0xbad0000);
  return 0;
}
