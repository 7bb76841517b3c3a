// write of every byte value (escapes), lengths 31/32/33 around -s's default, an embedded NUL, and buffers that end inside an unmapped page.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int n = open("/dev/null", O_WRONLY);
  unsigned char all[256];
  for (int i = 0; i < 256; i++) all[i] = (unsigned char)i;
  for (int i = 0; i < 256; i += 32) syscall(SYS_write, n, all + i, 32);
  const char* s = "0123456789abcdefghijklmnopqrstuvwxyz";
  syscall(SYS_write, n, s, 31);
  syscall(SYS_write, n, s, 32);
  syscall(SYS_write, n, s, 33);
  syscall(SYS_write, n, "a\0b\"c\\d'e?f", 11);
  syscall(SYS_write, n, "\t\n\v\f\r\033\177", 7);
  char* m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(m + 4096, 4096);
  memset(m, 'q', 4096);
  int p[2];
  pipe(p);
  syscall(SYS_write, n, m + 4096 - 8, 16);
  syscall(SYS_write, p[1], m + 4096 - 8, 16);
  syscall(SYS_write, p[1], m + 4096 - 40, 64);
  return 0;
}
