// stdio buffering seen as writes: a 16-byte full buffer (writes when full), line buffering (one write per newline), unbuffered (one write per call), the default buffer's fstat, fwrite of a block larger than the buffer (written directly), fputc of non-ASCII bytes, fflush of an empty buffer (no call).
// compare-options:
// compare-options: -s 4 -e trace=write,munmap
// compare-options: --strings-in-hex=non-ascii -s 4096 -e trace=write,munmap
#include "h10.h"
int main(void) {
  static char buf[16];
  mkdir("/tmp/lzp-h10-vbuf", 0755);
  FILE *f = fopen("/tmp/lzp-h10-vbuf/f", "w");
  setvbuf(f, buf, _IOFBF, sizeof buf);
  fputs("0123456789", f);
  fputs("abcdefghij", f);
  setvbuf(f, 0, _IOLBF, 0);
  fputs("line one\nline", f);
  fputs(" two\n", f);
  setvbuf(f, 0, _IONBF, 0);
  fputs("each", f);
  fputc(0xe9, f);
  fputs("\tt\xc3\xa9st\r\n", f);
  fclose(f);
  f = fopen("/tmp/lzp-h10-vbuf/g", "w");
  fputc('a', f);
  char big[5000];
  memset(big, 'z', sizeof big);
  fwrite(big, 1, sizeof big, f);
  fflush(f);
  fflush(f);
  fclose(f);
  unlink("/tmp/lzp-h10-vbuf/f");
  unlink("/tmp/lzp-h10-vbuf/g");
  rmdir("/tmp/lzp-h10-vbuf");
  return 0;
}
