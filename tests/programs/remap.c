/* Code that changes: a syscall stub is generated, unmapped, mapped again at
 * the same address with different code, then made writable and patched. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#define _GNU_SOURCE
#include <unistd.h>

static long call(unsigned char* page) { return ((long (*)(void))page)(); }

static void emit(unsigned char* page, int nr) {
  unsigned char code[] = {0xb8, (unsigned char)nr, 0, 0, 0, 0x0f, 0x05, 0xc3};
  memcpy(page, code, sizeof(code));
}

int main(void) {
  unsigned char* page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  emit(page, SYS_getppid);
  int ok = call(page) == getppid() && call(page) == getppid();
  munmap(page, 4096);
  unsigned char* again = mmap(page, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  emit(again, SYS_getpid);
  ok &= call(again) == getpid() && call(again) == getpid();
  mprotect(again, 4096, PROT_READ | PROT_EXEC);
  ok &= call(again) == getpid();
  mprotect(again, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
  emit(again, SYS_gettid);
  ok &= call(again) == gettid() && call(again) == gettid();
  printf("changing code: %s\n", ok ? "all results right" : "wrong result");
  return ok ? 0 : 1;
}
