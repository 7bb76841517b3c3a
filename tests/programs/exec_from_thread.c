/* A thread execs /bin/true while the main thread waits in pause(): the
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

static int main_asleep_in_pause(void) {
  char path[64], text[512];
  snprintf(path, sizeof(path), "/proc/self/task/%d/stat", getpid());
  int fd = open(path, O_RDONLY);
  ssize_t n = fd < 0 ? -1 : read(fd, text, sizeof(text) - 1);
  if (fd >= 0) close(fd);
  if (n <= 0) return 0;
  text[n] = '\0';
  const char* state = strrchr(text, ')');
  if (state == NULL || state[2] != 'S') return 0;
  snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", getpid());
  fd = open(path, O_RDONLY);
  n = fd < 0 ? -1 : read(fd, text, sizeof(text) - 1);
  if (fd >= 0) close(fd);
  return n > 3 && strncmp(text, "34 ", 3) == 0;  /* SYS_pause */
}

static void* exec_true(void* arg) {
  (void)arg;
  while (!main_asleep_in_pause()) usleep(1000);
  execl("/bin/true", "true", (char*)0);
  return 0;
}

int main(void) {
  pthread_t thread;
  pthread_create(&thread, 0, exec_true, 0);
  pause();
  return 1;
}
