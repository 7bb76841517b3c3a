// inotify masks no earlier set tried: the legacy inotify_init, inotify_init1 with unknown bits, inotify_add_watch with IN_MASK_ADD|IN_MASK_CREATE (refused together), IN_ONLYDIR on a file, IN_DONT_FOLLOW, IN_EXCL_UNLINK, IN_ONESHOT, IN_ALL_EVENTS, all bits, zero and upper bits; inotify_rm_watch of unknown and negative watches, all in the program's own directory.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  mkdir("/tmp/lzp-h6-inotify", 0700);
  close(open("/tmp/lzp-h6-inotify/f", O_WRONLY | O_CREAT, 0600));
  int a = syscall(SYS_inotify_init);
  syscall(SYS_inotify_init1, 0x4);
  syscall(SYS_inotify_init1, IN_CLOEXEC | IN_NONBLOCK | 0x1);
  int i = syscall(SYS_inotify_init1, IN_NONBLOCK);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify", IN_ALL_EVENTS | IN_MASK_ADD | IN_MASK_CREATE);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify", IN_ALL_EVENTS | IN_ONESHOT | IN_EXCL_UNLINK);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify", IN_ATTRIB | IN_MASK_CREATE);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify", IN_ATTRIB | IN_MASK_ADD);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", IN_ONLYDIR | IN_OPEN);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", IN_DONT_FOLLOW | IN_CLOSE | IN_MOVE);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", 0);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", 0xffffffff);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", 0xf0000000);
  syscall(SYS_inotify_add_watch, i, "/tmp/lzp-h6-inotify/f", 0x100000000UL | IN_MODIFY);
  syscall(SYS_inotify_add_watch, i, BAD, IN_MODIFY);
  syscall(SYS_inotify_add_watch, a, "/tmp/lzp-h6-inotify/missing", IN_MODIFY);
  syscall(SYS_inotify_rm_watch, i, 99);
  syscall(SYS_inotify_rm_watch, i, -1);
  syscall(SYS_inotify_rm_watch, -1, 1);
  unlink("/tmp/lzp-h6-inotify/f");
  rmdir("/tmp/lzp-h6-inotify");
  return 0;
}
