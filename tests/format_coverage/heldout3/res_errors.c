// getrusage, times, sysinfo, uname, getrlimit: bad targets and pointers (their successful values vary run to run).
#define _GNU_SOURCE
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct rusage ru;
  syscall(SYS_getrusage, 99, &ru);
  syscall(SYS_getrusage, RUSAGE_THREAD, (void*)0xbad0000);
  syscall(SYS_getrusage, RUSAGE_CHILDREN, (void*)0xbad0000);
  syscall(SYS_getrusage, -1, (void*)0xbad0000);
  syscall(SYS_times, (void*)0xbad0000);
  syscall(SYS_sysinfo, (void*)0xbad0000);
  syscall(SYS_uname, (void*)0xbad0000);
  syscall(SYS_getrlimit, 99, &ru);
  syscall(SYS_getrlimit, RLIMIT_RTTIME, (void*)0xbad0000);
  return 0;
}
