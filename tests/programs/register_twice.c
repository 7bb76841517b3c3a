/* Makes a --handler library's registration syscall (handler.h) twice from
 * one site, with a descriptor that cannot be read, and prints both answers.
 * Under lzptrace the interposer answers each (-14: EFAULT), even when the
 * site was rewritten by the first call; untraced the kernel says -38
 * (ENOSYS) twice. */
#include <stdio.h>

#include "lzptrace/handler.h"

__attribute__((noinline)) static long Register(const void* descriptor) {  /* one site for both */
  long result;
  __asm__ volatile("syscall"
                   : "=a"(result)
                   : "0"(LZPTRACE_REGISTER_SYSCALL), "D"(descriptor), "S"(LZPTRACE_REGISTER_TAG)
                   : "rcx", "r11", "memory");
  return result;
}

int main(void) {
  long answers[2];
  for (int i = 0; i < 2; ++i) answers[i] = Register((const void*)8);  /* (page 0: never readable) */
  printf("%ld %ld\n", answers[0], answers[1]);
  return 0;
}
