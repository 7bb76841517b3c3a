// name_to_handle_at, open_by_handle_at: a stable directory's handle, a too-small buffer, bad flags and fds.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct file_handle* h = malloc(sizeof *h + 128);
  int mnt;
  h->handle_bytes = 128;
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", h, &mnt, 0);
  h->handle_bytes = 0;
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", h, &mnt, AT_SYMLINK_FOLLOW);
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent-h3", h, &mnt, 0);
  syscall(SYS_name_to_handle_at, -1, "x", h, &mnt, 0x40000);
  syscall(SYS_name_to_handle_at, AT_FDCWD, "/", (void*)0xbad0000, &mnt, AT_EMPTY_PATH);
  syscall(SYS_open_by_handle_at, -1, h, O_RDONLY);
  h->handle_bytes = 8; h->handle_type = 1;
  syscall(SYS_open_by_handle_at, -1, h, O_RDONLY | O_CLOEXEC);
  return 0;
}
