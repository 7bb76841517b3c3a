// A static program killed: abort() with RLIMIT_CORE 0 (rt_sigprocmask, gettid, getpid, tgkill, --- SIGABRT ---, +++ killed by SIGABRT +++).
// compare-build: -static
// compare-options:
// compare-options: -f
#include <stdlib.h>
#include <sys/resource.h>
int main(void) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
  abort();
}
