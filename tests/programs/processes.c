/* Processes: fork, vfork, posix_spawn (CLONE_VM|CLONE_VFORK), and an exec
 * with an empty environment (the interposer must come back anyway). */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

int main(void) {
  int status;
  pid_t p = fork();
  if (p == 0) { getppid(); _exit(5); }
  waitpid(p, &status, 0);
  printf("fork child exited %d\n", WEXITSTATUS(status));
  p = vfork();
  if (p == 0) _exit(6);
  waitpid(p, &status, 0);
  printf("vfork child exited %d\n", WEXITSTATUS(status));
  char* spawn_argv[] = {"/bin/echo", "spawned", NULL};
  posix_spawn(&p, "/bin/echo", NULL, NULL, spawn_argv, environ);
  waitpid(p, &status, 0);
  printf("spawned child exited %d\n", WEXITSTATUS(status));
  fflush(stdout);
  p = fork();
  if (p == 0) {
    char* argv[] = {"/bin/sh", "-c", "echo empty env: ${LD_PRELOAD:-unset}", NULL};
    char* envp[] = {NULL};
    execve(argv[0], argv, envp);
    _exit(127);
  }
  waitpid(p, &status, 0);
  return 0;
}
