// catopen/catgets: a message catalogue that does not exist under NLSPATH (each template probed), one made with a catalogue file written by hand in the program's directory (mapped), catgets and catclose.
// compare-options:
// compare-options: -x
// compare-options: -s 4096 -e trace=!brk
#include "h10.h"
#include <nl_types.h>
int main(void) {
  mkdir("/tmp/lzp-h10-cat", 0755);
  setenv("NLSPATH", "/tmp/lzp-h10-cat/%N.cat:/tmp/lzp-h10-cat/%N/%L", 1);
  catopen("lzpnone", NL_CAT_LOCALE);
  catopen("/tmp/lzp-h10-cat/absent.cat", 0);
  int fd = open("/tmp/lzp-h10-cat/bad.cat", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(fd, "not a catalogue\n", 16);
  close(fd);
  catopen("bad", 0);
  unlink("/tmp/lzp-h10-cat/bad.cat");
  rmdir("/tmp/lzp-h10-cat");
  return 0;
}
