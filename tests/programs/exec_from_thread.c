/* A thread execs /bin/true (/bin/false with the argument "false") while the main thread waits in pause(): the
 * kernel ends the main thread ("superseded by execve") and the exec'ing
 * thread takes over the process's id. The thread execs only once the main
 * thread is asleep in pause (/proc: state S, syscall 34), so the main
 * thread's last call is always that pause. */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

static void* exec_true(void* arg) {
  const char* which = arg != 0 ? "/bin/false" : "/bin/true";
  while (blocked_in(getpid()) != SYS_pause) usleep(1000);
  execl(which, which, (char*)0);
  return 0;
}

int main(int argc, char** argv) {
  pthread_t thread;
  pthread_create(&thread, 0, exec_true, argc > 1 && strcmp(argv[1], "false") == 0 ? (void*)1 : 0);
  pause();
  return 1;
}
