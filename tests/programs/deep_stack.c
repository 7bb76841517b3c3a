/* tests/programs/deep_stack.c — a syscall made 120 calls deep, each frame
 * holding about 200 bytes (some 24 KiB of stack in all), as a Python import
 * or a recursive parser makes them. strace -k unwinds the stopped task
 * through ptrace, every frame; lzptrace unwinds its stack snapshot, which
 * must hold all of them (it held 8 KiB: the stack ended after ~40 frames). */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

__attribute__((noinline)) static long descend(int depth) {
  volatile char pad[160];
  pad[0] = (char)depth;
  long r = depth == 0 ? syscall(SYS_getppid) : descend(depth - 1);
  return r + pad[0];  /* (after the call: no tail call) */
}

int main(void) {
  printf("%d\n", descend(120) > 0);
  return 0;
}
