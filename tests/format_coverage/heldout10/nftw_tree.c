// nftw (FTW_PHYS, FTW_DEPTH) and fts_open/fts_read over a small tree in the program's directory (two files, a subdirectory, a symlink): the directory reads, the stat calls, fchdir-free walks; then the tree removed.
// compare-options:
// compare-options: -v -e trace=!brk
// compare-options: -yy -e trace=openat,getdents64,close,newfstatat,munmap
#include "h10.h"
#include <fts.h>
#include <ftw.h>
static int visit(const char *p, const struct stat *s, int f, struct FTW *w) { (void)p; (void)s; (void)f; (void)w; return 0; }
static int gone(const char *p, const struct stat *s, int f, struct FTW *w) { (void)s; (void)w; return f == FTW_DP ? rmdir(p) : unlink(p); }
int main(void) {
  mkdir("/tmp/lzp-h10-ftw", 0755);
  mkdir("/tmp/lzp-h10-ftw/d", 0755);
  close(open("/tmp/lzp-h10-ftw/a", O_CREAT | O_WRONLY, 0644));
  close(open("/tmp/lzp-h10-ftw/d/b", O_CREAT | O_WRONLY, 0644));
  symlink("a", "/tmp/lzp-h10-ftw/l");
  nftw("/tmp/lzp-h10-ftw", visit, 4, FTW_PHYS);
  char *roots[] = {"/tmp/lzp-h10-ftw", 0};
  FTS *f = fts_open(roots, FTS_PHYSICAL | FTS_NOCHDIR, 0);
  if (f) { while (fts_read(f)) ; fts_close(f); }
  nftw("/tmp/lzp-h10-ftw", gone, 4, FTW_PHYS | FTW_DEPTH);
  return 0;
}
