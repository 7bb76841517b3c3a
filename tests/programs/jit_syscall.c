/* Writes `mov $SYS_getppid, %eax; syscall; ret` into fresh executable memory
 * and calls it three times: the syscall in JIT code must be traced. Prints
 * whether the JIT result matched getppid(). */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  unsigned char code[] = {0xb8, SYS_getppid, 0, 0, 0, 0x0f, 0x05, 0xc3};
  unsigned char* page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) return 1;
  memcpy(page, code, sizeof(code));
  long (*fn)(void) = (long (*)(void))page;
  int same = 1;
  for (int i = 0; i < 3; ++i) same &= fn() == getppid();
  printf("jit getppid %s\n", same ? "matches" : "differs");
  return same ? 0 : 1;
}
