// getrlimit/setrlimit/prlimit64 with known, unknown and infinite limits.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct rlimit r, big = {RLIM_INFINITY, RLIM_INFINITY};
  getrlimit(RLIMIT_NOFILE, &r); setrlimit(RLIMIT_NOFILE, &r); getrlimit(99, &r); syscall(SYS_getrlimit, RLIMIT_STACK, (void*)0xbad0000);
  prlimit(0, RLIMIT_CORE, NULL, &r); prlimit(0, RLIMIT_CORE, &r, &r); prlimit(0, RLIMIT_AS, &big, NULL); prlimit(-1, RLIMIT_CPU, NULL, &r);
  return 0;
}
