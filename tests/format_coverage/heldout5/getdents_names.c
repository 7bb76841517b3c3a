// getdents64 over names with non-ASCII bytes, a newline, quotes and 100 characters; buffers of 0, 1 and 24 bytes, a bad buffer, a file fd.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-h5-dents", 0700);
  int d = open("/tmp/lzp-h5-dents", O_RDONLY | O_DIRECTORY);
  char longname[101];
  memset(longname, 'L', 100);
  longname[100] = 0;
  const char* n[] = {"caf\xc3\xa9", "line\nbreak", "q\"uote", "\x01\x7f\xff", longname};
  for (int i = 0; i < 5; i++) close(openat(d, n[i], O_WRONLY | O_CREAT, 0600));
  char b[4096];
  syscall(SYS_getdents64, d, b, 0);
  syscall(SYS_getdents64, d, b, 1);
  syscall(SYS_getdents64, d, b, 24);
  syscall(SYS_getdents64, d, (void*)0xbad0000, sizeof b);
  syscall(SYS_getdents64, d, b, sizeof b);
  syscall(SYS_getdents64, d, b, sizeof b);
  int f = openat(d, n[0], O_RDONLY);
  syscall(SYS_getdents64, f, b, sizeof b);
  syscall(SYS_getdents64, -1, b, sizeof b);
  for (int i = 0; i < 5; i++) syscall(SYS_unlinkat, d, n[i], 0);
  rmdir("/tmp/lzp-h5-dents");
  return 0;
}
