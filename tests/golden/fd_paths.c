/* Golden program: what -y prints for fds — AT_FDCWD stays bare, a deleted
 * file's "(deleted)", paths with characters strace escapes — and clone3
 * with a struct shorter than its size says. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : "/tmp";
  char path[512];
  snprintf(path, sizeof(path), "%s/fd-paths-deleted", dir);
  int fd = openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(fd, "x", 1);
  unlinkat(AT_FDCWD, path, 0);
  pwrite(fd, "y", 1, 0);
  fstat(fd, &(struct stat){0});
  close(fd);
  const char* odd[] = {"fd-paths-new\nline", "fd-paths-quote\"and\\back", "fd-paths-\x01\x7f\xc3\xa9", "fd-paths-<>|:  ", "fd-paths-tab\t"};
  for (int i = 0; i < 5; ++i) {
    snprintf(path, sizeof(path), "%s/%s", dir, odd[i]);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    write(fd, "z", 1);
    close(fd);
    unlink(path);
  }
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  faccessat(dfd, "fd-paths-none", F_OK, 0);
  close(dfd);
  /* clone3 with a size beyond the readable struct: the page after it is unmapped. */
  char* pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mprotect(pages + 4096, 4096, PROT_NONE);
  struct clone_args* args = (struct clone_args*)(pages + 4096 - 64);
  memset(args, 0, 64);
  syscall(SYS_clone3, args, 128);
  syscall(SYS_clone3, args, 88);
  syscall(SYS_clone3, args, 32);
  syscall(SYS_clone3, args, 0);
  syscall(SYS_clone3, (char*)args + 32, 64);
  args->flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
  syscall(SYS_clone3, (char*)args, 88);
  args->flags = 0;
  if (syscall(SYS_clone3, args, 64) == 0) _exit(0);
  /* Fields past the first version, and bytes past the struct this kernel knows. */
  static char big[8192];
  struct clone_args* more = (struct clone_args*)big;
  more->exit_signal = 0x1234;
  syscall(SYS_clone3, more, 100);
  syscall(SYS_clone3, more, 4097);
  big[200] = 1;
  syscall(SYS_clone3, more, 4097);
  big[200] = 0;
  big[90] = 1;
  syscall(SYS_clone3, more, 100);
  more->set_tid = 0x1000;
  more->set_tid_size = 2;
  more->cgroup = 3;
  syscall(SYS_clone3, more, 88);
  more->flags = CLONE_INTO_CGROUP | CLONE_CLEAR_SIGHAND;
  syscall(SYS_clone3, more, 88);
  syscall(SYS_clone3, NULL, 88);
  syscall(SYS_clone3, (void*)1, 88);
  return 0;
}
