// threads.c — four pthreads that each write a file, hand a token round a
// pipe ring and meet at a barrier; the main thread joins them and prints.
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

enum { kThreads = 4 };
static int ring[kThreads][2];
static pthread_barrier_t barrier;

static void* work(void* arg) {
  long i = (long)arg;
  char name[32];
  snprintf(name, sizeof name, "thread%ld.out", i);
  int fd = open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  dprintf(fd, "thread %ld\n", i);
  close(fd);
  char token;
  if (i != 0) read(ring[i][0], &token, 1);
  write(ring[(i + 1) % kThreads][1], "t", 1);
  if (i == 0) read(ring[0][0], &token, 1);
  pthread_barrier_wait(&barrier);
  return NULL;
}

int main(void) {
  pthread_t t[kThreads];
  pthread_barrier_init(&barrier, NULL, kThreads);
  for (int i = 0; i < kThreads; i++) pipe(ring[i]);
  for (long i = 0; i < kThreads; i++) pthread_create(&t[i], NULL, work, (void*)i);
  for (int i = 0; i < kThreads; i++) pthread_join(t[i], NULL);
  puts("threads done");
  return 0;
}
