/* A function whose instructions hold the bytes of `syscall` (0f 05) inside
 * immediates, around a real syscall. Rewriting must touch only the real one.
 * The program execs itself DEPTH times (default 3), so that the later
 * processes map a file whose syscall sites an earlier one has met (eager
 * rewriting, tracer/eager_rewrite.h). Each prints whether the immediates
 * came through intact and the syscall returned the right value. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

__attribute__((noinline)) static int Intact(void) {
  long low, high, ret;
  asm volatile(
      "movl $0x050f, %%edx\n\t"          /* ba 0f 05 00 00 */
      "movl %[nr], %%eax\n\t"
      "syscall\n\t"
      "movq $0x050f050f, %%r8\n\t"       /* 49 c7 c0 0f 05 0f 05 */
      "movq %%r8, %[high]\n\t"
      : "=d"(low), "=a"(ret), [high] "=r"(high)
      : [nr] "i"(SYS_getppid)
      : "rcx", "r11", "r8", "memory");
  return low == 0x050f && high == 0x050f050f && ret == getppid();
}

int main(int argc, char** argv) {
  int depth = argc > 1 ? atoi(argv[1]) : 3;
  int intact = 1;
  for (int i = 0; i < 100; ++i) intact &= Intact();
  printf("depth %d: %s\n", depth, intact ? "immediates intact, getppid agreed" : "CORRUPTED");
  fflush(stdout);
  if (!intact) return 1;
  if (depth > 1) {
    char next[16];
    snprintf(next, sizeof(next), "%d", depth - 1);
    execl("/proc/self/exe", argv[0], next, (char*)NULL);
    return 2;
  }
  return 0;
}
