/* An exec that fails, then an untraced look at this process's fds: run
 * without -f, the child's `ls /proc/PARENT/fd` is not traced, so it sees
 * whatever fds this process really holds. Under lzptrace with the companion
 * the tracee holds none of lzptrace's (the ring opened for the failed exec's
 * new image must be closed again), so the listing equals the untraced one. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  char* const missing[] = {"/nonexistent/program", NULL};
  execv(missing[0], missing);
  perror("execv");
  fflush(stderr);
  pid_t child = fork();
  if (child == 0) {
    char dir[64];
    snprintf(dir, sizeof(dir), "/proc/%d/fd", (int)getppid());
    execl("/bin/ls", "ls", dir, (char*)NULL);
    _exit(127);
  }
  int status;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
