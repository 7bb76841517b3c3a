// inotify_init1/add_watch/rm_watch with masks and bad values.
#include <sys/inotify.h>
#include <unistd.h>
int main(void) {
  int i = inotify_init1(IN_CLOEXEC | IN_NONBLOCK); inotify_init1(0xff);
  int w = inotify_add_watch(i, "/tmp", IN_CREATE | IN_DELETE | IN_ONLYDIR); inotify_add_watch(i, "/nonexistent", IN_ALL_EVENTS);
  inotify_add_watch(i, "/tmp", 0); inotify_add_watch(i, "/tmp", 0x80000000 | IN_MODIFY); inotify_rm_watch(i, w); inotify_rm_watch(i, 999);
  char b[64]; read(i, b, sizeof b);
  return 0;
}
