// execve, execveat: calls that fail (bad fds, missing files, bad pointers, flags).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char* argv[] = {"prog", "-x", "arg with space", NULL};
  char* envp[] = {"A=1", "B=two", NULL};
  syscall(SYS_execve, "/nonexistent-h3/prog", argv, envp);
  syscall(SYS_execve, "/nonexistent-h3/prog", NULL, NULL);
  syscall(SYS_execve, (void*)0xbad0000, argv, envp);
  syscall(SYS_execve, "/nonexistent-h3/prog", (void*)0xbad0000, envp);
  syscall(SYS_execveat, -1, "prog", argv, envp, 0);
  syscall(SYS_execveat, AT_FDCWD, "/nonexistent-h3/prog", argv, envp, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_execveat, 99, "", argv, NULL, AT_EMPTY_PATH);
  syscall(SYS_execveat, AT_FDCWD, "/nonexistent-h3/prog", argv, envp, 0x4);
  return 0;
}
