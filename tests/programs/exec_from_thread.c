/* A thread execs /bin/true while the main thread waits in pause(): the
 * kernel ends the main thread ("superseded by execve") and the exec'ing
 * thread takes over the process's id. */
#include <pthread.h>
#include <unistd.h>

static void* exec_true(void* arg) {
  (void)arg;
  execl("/bin/true", "true", (char*)0);
  return 0;
}

int main(void) {
  pthread_t thread;
  pthread_create(&thread, 0, exec_true, 0);
  pause();
  return 1;
}
