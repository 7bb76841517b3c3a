/* Built statically (glibc -static): the loader never runs, so lzptrace starts
 * its interposer in it (cli/injector/static_start.h). It makes its calls from
 * the main thread, a signal handler, a second thread and a child process, and
 * prints one line. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr1(int sig) {
  (void)sig;
  syscall(SYS_getppid);
}

static void* thread_main(void* arg) {
  for (int i = 0; i < 100; i++) syscall(SYS_gettid);
  return arg;
}

int main(void) {
  for (int i = 0; i < 1000; i++) syscall(SYS_getppid);
  signal(SIGUSR1, on_usr1);
  raise(SIGUSR1);
  pthread_t thread;
  pthread_create(&thread, NULL, thread_main, NULL);
  pthread_join(thread, NULL);
  pid_t child = fork();
  if (child == 0) {
    syscall(SYS_getppid);
    _exit(3);
  }
  int status = 0;
  waitpid(child, &status, 0);
  printf("static loop: child exited %d\n", WEXITSTATUS(status));
  return 0;
}
