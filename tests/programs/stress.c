/* Stress loads for tests/stress_test.cc; each prints a deterministic summary.
 *
 *   stress threads T N   T threads each call lseek(-1, i, SEEK_SET) for
 *                        i = 0..N-1 (EBADF at once): the trace must show each
 *                        thread's i in order, none lost or doubled.
 *   stress tree A B      A children, each forking B grandchildren, all exiting
 *                        with a status their parent checks (A + A*B processes).
 *   stress signals T K   T threads loop on getppid while the main thread
 *                        queues K SIGRTMIN to each (real-time: none merge);
 *                        each handler makes a syscall; all must arrive.
 *   stress churn N       N threads created and joined one after another, each
 *                        making one syscall; prints the process's VmSize. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long per_thread;

static void* lseek_loop(void* arg) {
  (void)arg;
  for (long i = 0; i < per_thread; ++i) syscall(SYS_lseek, -1, i, SEEK_SET);
  return NULL;
}

static int threads(int count, long n) {
  per_thread = n;
  pthread_t t[256];
  for (int i = 0; i < count; ++i) pthread_create(&t[i], NULL, lseek_loop, NULL);
  for (int i = 0; i < count; ++i) pthread_join(t[i], NULL);
  printf("%d threads x %ld lseek\n", count, n);
  return 0;
}

static int wait_all(int children) {
  int bad = 0;
  for (int i = 0; i < children; ++i) {
    int status;
    if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 3) bad++;
  }
  return bad;
}

static int tree(int a, int b) {
  for (int i = 0; i < a; ++i) {
    pid_t child = fork();
    if (child == 0) {
      for (int j = 0; j < b; ++j)
        if (fork() == 0) _exit(3);
      _exit(wait_all(b) == 0 ? 3 : 1);
    }
  }
  int bad = wait_all(a);
  printf("%d processes, %d bad exits\n", a + a * b, bad);
  return bad != 0;
}

#define MAX_SIGNAL_THREADS 64
static volatile long received[MAX_SIGNAL_THREADS + 1];  /* by index: 1..count */
static __thread int my_index;
static long wanted;

static void on_signal(int sig) {
  (void)sig;
  received[my_index]++;
  syscall(SYS_gettid);
}

struct target {
  int index;
  pid_t tid;
  volatile int ready;
};

static void* signal_loop(void* arg) {
  struct target* t = arg;
  my_index = t->index;
  t->tid = (pid_t)syscall(SYS_gettid);
  __atomic_store_n(&t->ready, 1, __ATOMIC_RELEASE);
  while (__atomic_load_n(&received[my_index], __ATOMIC_ACQUIRE) < wanted) syscall(SYS_getppid);
  return NULL;
}

static int signals(int count, long k) {
  wanted = k;
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGRTMIN, &sa, NULL);
  pthread_t t[MAX_SIGNAL_THREADS];
  struct target targets[MAX_SIGNAL_THREADS];
  for (int i = 0; i < count; ++i) {
    targets[i] = (struct target){i + 1, 0, 0};
    pthread_create(&t[i], NULL, signal_loop, &targets[i]);
  }
  for (int i = 0; i < count; ++i)
    while (!__atomic_load_n(&targets[i].ready, __ATOMIC_ACQUIRE)) syscall(SYS_sched_yield);
  pid_t pid = getpid();
  for (long s = 0; s < k; ++s)
    for (int i = 0; i < count; ++i)
      while (syscall(SYS_tgkill, pid, targets[i].tid, SIGRTMIN) != 0) syscall(SYS_sched_yield);  // queue full: retry
  long total = 0;
  for (int i = 0; i < count; ++i) pthread_join(t[i], NULL);
  for (int i = 0; i < count; ++i) total += received[i + 1];
  printf("%d threads received %ld signals\n", count, total);
  return 0;
}

static void* one_call(void* arg) {
  (void)arg;
  syscall(SYS_getppid);
  return NULL;
}

static int churn(int count) {
  for (int i = 0; i < count; ++i) {
    pthread_t t;
    pthread_create(&t, NULL, one_call, NULL);
    pthread_join(t, NULL);
  }
  FILE* status = fopen("/proc/self/status", "r");
  char line[256];
  while (fgets(line, sizeof(line), status))
    if (strncmp(line, "VmSize:", 7) == 0) printf("%ld\n", atol(line + 7));
  fclose(status);
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 4 && strcmp(argv[1], "threads") == 0) return threads(atoi(argv[2]), atol(argv[3]));
  if (argc == 4 && strcmp(argv[1], "tree") == 0) return tree(atoi(argv[2]), atoi(argv[3]));
  if (argc == 4 && strcmp(argv[1], "signals") == 0) return signals(atoi(argv[2]), atol(argv[3]));
  if (argc == 3 && strcmp(argv[1], "churn") == 0) return churn(atoi(argv[2]));
  fprintf(stderr, "usage: stress threads T N | tree A B | signals T K | churn N\n");
  return 2;
}
