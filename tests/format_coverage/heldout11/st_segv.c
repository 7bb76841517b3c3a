// A static program's SIGSEGV: a write to address 16 (--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x10} ---, +++ killed by SIGSEGV +++), RLIMIT_CORE 0; and before it a handled SIGSEGV from a write to a read-only page that the handler makes writable.
// compare-build: -static
// compare-options:
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
static char *page;
static void fix(int s, siginfo_t *si, void *uc) { (void)s; (void)si; (void)uc; mprotect(page, 4096, PROT_READ | PROT_WRITE); }
int main(void) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
  page = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = fix;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigaction(SIGSEGV, &sa, 0);
  page[8] = 1;
  *(volatile int *)16 = 1;
  return 0;
}
