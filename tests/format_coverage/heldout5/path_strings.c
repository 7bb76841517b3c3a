// Path strings: 31, 32 and 33 bytes, 4095 and 5000 bytes (ENAMETOOLONG), control characters, quotes, backslashes, bytes above 0x7f, and unterminated at the end of a page.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  static char p[5001];
  memset(p, 'p', sizeof p - 1);
  p[0] = '/';
  for (int n = 31; n <= 33; n++) {
    char c = p[n];
    p[n] = 0;
    syscall(SYS_access, p, F_OK);
    p[n] = c;
  }
  p[4095] = 0;
  syscall(SYS_access, p, F_OK);
  p[4095] = 'p';
  syscall(SYS_access, p, F_OK);
  syscall(SYS_access, "/nonexistent-h5/\a\b\t\n\v\f\r\033", F_OK);
  syscall(SYS_access, "/nonexistent-h5/\"quoted\" and \\back\\slash", F_OK);
  syscall(SYS_access, "/nonexistent-h5/\x80\x9f\xa0\xc3\xa9\xff\x7f", F_OK);
  syscall(SYS_access, "/nonexistent-h5/0\0001", F_OK);
  syscall(SYS_access, "", F_OK);
  char* m = (char*)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, m + 4096, 4096);
  memset(m + 4096 - 10, 'z', 10);
  syscall(SYS_access, m + 4096 - 10, F_OK);
  m[4095] = 0;
  syscall(SYS_access, m + 4096 - 10, F_OK);
  syscall(SYS_access, m + 4095, F_OK);
  return 0;
}
