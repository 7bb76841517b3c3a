// execve (failing): argv of 40 entries, long and non-ASCII strings, a bad element, an array running into an unmapped page, a long envp, a bad envp.
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  const char* p = "/nonexistent-h5/prog";
  char* many[41];
  static char names[40][8];
  for (int i = 0; i < 40; i++) { names[i][0] = 'a'; names[i][1] = (char)('0' + i / 10); names[i][2] = (char)('0' + i % 10); many[i] = names[i]; }
  many[40] = NULL;
  char* env[] = {"A=1", NULL};
  syscall(SYS_execve, p, many, env);
  syscall(SYS_execve, p, env, many);
  char* odd[] = {"x", "this argument is longer than thirty-two characters", "caf\xc3\xa9\n\t", "", NULL};
  syscall(SYS_execve, p, odd, NULL);
  char* bad[] = {"x", (char*)0xbad0000, "y", NULL};
  syscall(SYS_execve, p, bad, env);
  syscall(SYS_execve, p, env, bad);
  char** m = (char**)syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  syscall(SYS_munmap, (char*)m + 4096, 4096);
  char** tail = (char**)((char*)m + 4096 - 2 * sizeof(char*));
  tail[0] = "x"; tail[1] = "y";
  syscall(SYS_execve, p, tail, env);
  syscall(SYS_execve, p, env, tail);
  syscall(SYS_execve, p, env, (void*)0xbad0000);
  syscall(SYS_execve, "", env, env);
  return 0;
}
