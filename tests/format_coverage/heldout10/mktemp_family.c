// mkstemp, mkstemps, mkostemp(O_APPEND|O_CLOEXEC), mkdtemp and tmpfile (an O_TMPFILE in /tmp: linked nowhere): random names (getrandom is hidden: glibc asks again when a draw is rejected; compare.py makes their six letters R), each removed; a template without XXXXXX (EINVAL, no call).
// compare-options: -e trace=!getrandom
// compare-options: -yy -e trace=!brk,getrandom
// compare-options: -X raw -e trace=openat,mkdir,unlink,rmdir,munmap
#include "h10.h"
int main(void) {
  mkdir("/tmp/lzp-h10-mkt", 0700);
  char a[] = "/tmp/lzp-h10-mkt/sXXXXXX";
  char b[] = "/tmp/lzp-h10-mkt/pXXXXXX.txt";
  char c[] = "/tmp/lzp-h10-mkt/oXXXXXX";
  char d[] = "/tmp/lzp-h10-mkt/dXXXXXX";
  char e[] = "/tmp/lzp-h10-mkt/bad";
  int fa = mkstemp(a), fb = mkstemps(b, 4), fc = mkostemp(c, O_APPEND | O_CLOEXEC);
  write(fa, "x", 1);
  mkdtemp(d);
  mkstemp(e);
  FILE *t = tmpfile();
  if (t) { fputs("tmp", t); fclose(t); }
  close(fa); close(fb); close(fc);
  unlink(a); unlink(b); unlink(c); rmdir(d);
  rmdir("/tmp/lzp-h10-mkt");
  return 0;
}
