// inotify_init1/add_watch/rm_watch with masks and bad values.
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/lzp-cov-inotify", 0700);  // a directory of its own: /tmp sees other programs' files come and go
  int i = inotify_init1(IN_CLOEXEC | IN_NONBLOCK); inotify_init1(0xff);
  int w = inotify_add_watch(i, "/tmp/lzp-cov-inotify", IN_CREATE | IN_DELETE | IN_ONLYDIR); inotify_add_watch(i, "/nonexistent", IN_ALL_EVENTS);
  inotify_add_watch(i, "/tmp/lzp-cov-inotify", 0); inotify_add_watch(i, "/tmp/lzp-cov-inotify", 0x80000000 | IN_MODIFY); inotify_rm_watch(i, w); inotify_rm_watch(i, 999);
  char b[64]; read(i, b, sizeof b);
  rmdir("/tmp/lzp-cov-inotify");
  return 0;
}
