/* Structs the interposer copies at page edges (asm/safe_copy.S moves 8 and
 * 16 bytes as words when neither side crosses a page): a timespec in an
 * unmapped page, one straddling the end of a mapped page into an unmapped
 * one, and one ending exactly at a mapped page's end. Prints what nanosleep
 * answered for each. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static const char* Outcome(long r) { return r == 0 ? "0" : errno == EFAULT ? "EFAULT" : "other"; }

int main(void) {
  char* p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED || munmap(p + 4096, 4096) != 0) return 1;
  long in_hole = syscall(SYS_nanosleep, p + 4096, NULL);
  const char* a = Outcome(in_hole);
  long straddling = syscall(SYS_nanosleep, p + 4096 - 8, NULL);
  const char* b = Outcome(straddling);
  struct timespec at_end = {0, 1000};
  memcpy(p + 4096 - sizeof(at_end), &at_end, sizeof(at_end));
  long ends_at_edge = syscall(SYS_nanosleep, p + 4096 - sizeof(at_end), NULL);
  printf("in a hole: %s, straddling: %s, at the edge: %s\n", a, b, Outcome(ends_at_edge));
  return 0;
}
