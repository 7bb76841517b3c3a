// personality: the query value, each execution domain, flag bits with and without a domain, unknown domains, then restored.
#include <sys/personality.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  long old = syscall(SYS_personality, 0xffffffff);
  syscall(SYS_personality, PER_LINUX32);
  syscall(SYS_personality, PER_LINUX | ADDR_NO_RANDOMIZE | UNAME26);
  syscall(SYS_personality, PER_SVR4);
  syscall(SYS_personality, PER_BSD | READ_IMPLIES_EXEC | MMAP_PAGE_ZERO);
  syscall(SYS_personality, 0x42);
  syscall(SYS_personality, 0x42 | STICKY_TIMEOUTS | ADDR_LIMIT_3GB);
  syscall(SYS_personality, 0x0f000000);
  syscall(SYS_personality, 0xfffffffe);
  syscall(SYS_personality, 0xffffffff00000000UL | PER_LINUX);
  syscall(SYS_personality, old);
  return 0;
}
