// fanotify_mark flags and masks no earlier set tried: FAN_MARK_FILESYSTEM, FAN_MARK_MOUNT, FAN_MARK_IGNORED_MASK with FAN_MARK_IGNORED_SURV_MODIFY, FAN_MARK_EVICTABLE, FAN_MARK_IGNORE, FAN_MARK_FLUSH, FAN_ONDIR|FAN_EVENT_ON_CHILD, permission events on a notification group (refused), every event bit and unknown ones, dirfd AT_FDCWD/-1, NULL paths; fanotify_init with FAN_REPORT_DFID_NAME_TARGET and other report flags. Only notification marks on the program's own directory are ever placed.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef FAN_MARK_EVICTABLE
#define FAN_MARK_EVICTABLE 0x00000200
#endif
#ifndef FAN_MARK_IGNORE
#define FAN_MARK_IGNORE 0x00000400
#endif
#ifndef FAN_REPORT_TARGET_FID
#define FAN_REPORT_TARGET_FID 0x00001000
#endif
#define D "/tmp/lzp-h6-fanotify"
int main(void) {
  mkdir(D, 0700);
  int g = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_REPORT_DFID_NAME | FAN_REPORT_FID | FAN_REPORT_TARGET_FID, O_RDONLY);
  syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_REPORT_NAME, O_RDONLY);
  syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_REPORT_PIDFD | FAN_REPORT_TID, O_RDONLY);
  syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_ENABLE_AUDIT | FAN_UNLIMITED_QUEUE | FAN_UNLIMITED_MARKS, O_RDWR | O_LARGEFILE);
  int n = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF, O_RDONLY);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, FAN_CREATE, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, g, FAN_MARK_ADD | FAN_MARK_ONLYDIR, FAN_CREATE | FAN_DELETE | FAN_ONDIR | FAN_EVENT_ON_CHILD, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, g, FAN_MARK_ADD | FAN_MARK_EVICTABLE, FAN_MOVED_FROM | FAN_MOVED_TO | FAN_RENAME, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, g, FAN_MARK_ADD | FAN_MARK_IGNORE, FAN_CREATE, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD | FAN_MARK_IGNORED_MASK | FAN_MARK_IGNORED_SURV_MODIFY, FAN_MODIFY, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, FAN_OPEN_PERM | FAN_ACCESS_PERM, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, FAN_OPEN_EXEC_PERM, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD | FAN_MARK_FILESYSTEM | FAN_MARK_MOUNT, FAN_MODIFY, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, 0xffffffffffffffffULL, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, 0x100000000ULL, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_REMOVE | FAN_MARK_DONT_FOLLOW, FAN_CREATE, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, FAN_MARK_ADD, FAN_CLOSE, -1, 0);
  syscall(SYS_fanotify_mark, n, FAN_MARK_FLUSH, 0, AT_FDCWD, 0);
  syscall(SYS_fanotify_mark, n, FAN_MARK_FLUSH | FAN_MARK_MOUNT, 0, AT_FDCWD, 0);
  syscall(SYS_fanotify_mark, n, 0x80000000, FAN_CLOSE, AT_FDCWD, D);
  syscall(SYS_fanotify_mark, n, 0, 0, 0, 0);
  rmdir(D);
  return 0;
}
