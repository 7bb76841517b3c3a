// fopen's mode strings as flags: "we" (O_CLOEXEC), "wx" (O_EXCL) twice (EEXIST the second time), "a+", "r+" of a missing file, "re", "w+,ccs=UTF-8"; fprintf, fflush, fseek (lseek), ftell, fgets, freopen, fdopen, fileno and fclose.
// compare-options:
// compare-options: -X raw -e trace=openat,lseek,close,munmap
// compare-options: -X abbrev -yy -e trace=!brk
#include "h10.h"
int main(void) {
  char b[32];
  mkdir("/tmp/lzp-h10-fopen", 0755);
  FILE *f = fopen("/tmp/lzp-h10-fopen/a", "we");
  fprintf(f, "line %d\n", 1);
  fclose(f);
  f = fopen("/tmp/lzp-h10-fopen/x", "wx");
  fopen("/tmp/lzp-h10-fopen/x", "wx");
  fclose(f);
  f = fopen("/tmp/lzp-h10-fopen/a", "a+");
  fputs("two\n", f);
  fflush(f);
  fseek(f, 0, SEEK_SET);
  fgets(b, sizeof b, f);
  ftell(f);
  f = freopen("/tmp/lzp-h10-fopen/a", "re", f);
  fgets(b, sizeof b, f);
  fclose(f);
  fopen("/tmp/lzp-h10-fopen/missing", "r+");
  f = fopen("/tmp/lzp-h10-fopen/w", "w+,ccs=UTF-8");
  if (f) fclose(f);
  int fd = open("/tmp/lzp-h10-fopen/a", O_RDONLY);
  f = fdopen(fd, "r");
  fgets(b, 4, f);
  fclose(f);
  unlink("/tmp/lzp-h10-fopen/a");
  unlink("/tmp/lzp-h10-fopen/x");
  unlink("/tmp/lzp-h10-fopen/w");
  rmdir("/tmp/lzp-h10-fopen");
  return 0;
}
