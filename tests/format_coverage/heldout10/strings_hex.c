// Strings as library calls write them: printf-family output through a file (fprintf of UTF-8, Latin-1 bytes, control characters, a NUL inside fwrite), puts-like lines, a path with a non-ASCII name (open/unlink); under -x, -xx, --strings-in-hex=non-ascii and -s 1.
// compare-options: -x
// compare-options: -xx -e trace=openat,write,unlink,munmap
// compare-options: --strings-in-hex=non-ascii
// compare-options: -s 1
#include "h10.h"
int main(void) {
  mkdir("/tmp/lzp-h10-hex", 0755);
  FILE *f = fopen("/tmp/lzp-h10-hex/caf\xc3\xa9", "w");
  setvbuf(f, 0, _IONBF, 0);
  fprintf(f, "na\xc3\xafve r\xe9sum\xe9\n");
  fprintf(f, "tab\tbell\a esc\x1b[0m del\x7f\n");
  fwrite("nul\0inside", 1, 10, f);
  fprintf(f, "%s", "\"quoted\" \\back\\ 'single'\n");
  fprintf(f, "%c%c%c", 0x80, 0xff, 0x01);
  fclose(f);
  unlink("/tmp/lzp-h10-hex/caf\xc3\xa9");
  rmdir("/tmp/lzp-h10-hex");
  return 0;
}
