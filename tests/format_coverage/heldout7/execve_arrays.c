// execve and execveat of paths that do not exist (they fail, nothing runs) with argv and envp arrays: empty, one, 40 entries, long strings, NULL arrays, a bad pointer inside an array, an array cut by a page end; default, -v and -s 4.
// compare-options:
// compare-options: -v
// compare-options: -s 4
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define NOPE "/tmp/lzp-h7-execve-does-not-exist"
int main(void) {
  char *none[] = {0};
  char *one[] = {"one", 0};
  char *env[] = {"A=1", "LONG=0123456789012345678901234567890123456789", 0};
  char *many[41];
  for (int i = 0; i < 40; i++) many[i] = (i % 2) ? "odd" : "even";
  many[40] = 0;
  char *bad[] = {"ok", (char *)0xbad0000UL, 0};
  syscall(SYS_execve, NOPE, none, none);
  syscall(SYS_execve, NOPE, one, env);
  syscall(SYS_execve, NOPE, many, many);
  syscall(SYS_execve, NOPE, 0, 0);
  syscall(SYS_execve, NOPE, bad, env);
  syscall(SYS_execve, NOPE, one, 0xbad0000UL);
  char **p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap((char *)p + 4096, 4096);
  char **tail = (char **)((char *)p + 4096 - 2 * sizeof(char *));
  tail[0] = "a";
  tail[1] = "b";
  syscall(SYS_execve, NOPE, tail, env);
  syscall(SYS_execveat, AT_FDCWD, NOPE, one, env, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_execveat, 99, "", one, env, AT_EMPTY_PATH);
  return 0;
}
