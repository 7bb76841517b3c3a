/* Threads: four workers make syscalls while two others come and go; one
 * thread execs /bin/echo when asked (execve from a non-main thread). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void* worker(void* arg) {
  long id = (long)arg;
  for (int i = 0; i < 200; ++i) syscall(SYS_getppid);
  char line[32];
  int n = snprintf(line, sizeof(line), "worker %ld\n", id);
  (void)n;
  return NULL;
}

static void* shortlived(void* arg) {
  (void)arg;
  syscall(SYS_gettid);
  return NULL;
}

static void* exec_echo(void* arg) {
  (void)arg;
  char* argv[] = {"/bin/echo", "exec from thread", NULL};
  execv(argv[0], argv);
  return NULL;
}

int main(int argc, char** argv) {
  pthread_t t[6];
  for (long i = 0; i < 4; ++i) pthread_create(&t[i], NULL, worker, (void*)i);
  pthread_create(&t[4], NULL, shortlived, NULL);
  pthread_join(t[4], NULL);
  pthread_create(&t[5], NULL, shortlived, NULL);
  pthread_join(t[5], NULL);
  for (int i = 0; i < 4; ++i) pthread_join(t[i], NULL);
  printf("threads done\n");
  fflush(stdout);
  if (argc > 1 && strcmp(argv[1], "exec") == 0) {
    pthread_t e;
    pthread_create(&e, NULL, exec_echo, NULL);
    pthread_join(e, NULL);  /* never returns: the exec replaces the process */
  }
  return 0;
}
