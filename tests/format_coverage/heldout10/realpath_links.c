// realpath(3) through symlinks (a relative link, an absolute one, a chain, a dangling one, a loop: ELOOP), canonicalize_file_name, getcwd; each component read with readlink.
// compare-options:
// compare-options: -y -e trace=!brk
// compare-options: -e trace=readlink,getcwd -s 4
#include "h10.h"
int main(void) {
  char b[4096];
  mkdir("/tmp/lzp-h10-real", 0755);
  mkdir("/tmp/lzp-h10-real/d", 0755);
  symlink("d", "/tmp/lzp-h10-real/rel");
  symlink("/tmp/lzp-h10-real/rel", "/tmp/lzp-h10-real/abs");
  symlink("nowhere", "/tmp/lzp-h10-real/dangling");
  symlink("loop", "/tmp/lzp-h10-real/loop");
  realpath("/tmp/lzp-h10-real/abs/../rel/.", b);
  realpath("/tmp/lzp-h10-real/dangling", b);
  realpath("/tmp/lzp-h10-real/loop", b);
  free(canonicalize_file_name("/tmp/lzp-h10-real//abs"));
  chdir("/tmp/lzp-h10-real/abs");
  getcwd(b, sizeof b);
  chdir("/");
  unlink("/tmp/lzp-h10-real/rel");
  unlink("/tmp/lzp-h10-real/abs");
  unlink("/tmp/lzp-h10-real/dangling");
  unlink("/tmp/lzp-h10-real/loop");
  rmdir("/tmp/lzp-h10-real/d");
  rmdir("/tmp/lzp-h10-real");
  return 0;
}
