/* tests/programs/blocked_thread.c — a thread asleep in read(3) while the
 * main thread makes three getppid calls and then sleeps in read(4). Run with
 * fds 3 and 4 the read ends of two pipes the test holds: the test writes to
 * them once the trace shows what it expects. Under lzptrace -f the thread's
 * read must be shown at its entry, before the getppid lines, as strace shows
 * it, and not only when it returns.
 *
 * The main thread starts its calls only once the kernel says the thread is
 * asleep in read(3) (/proc/self/task/TID/syscall, read with pread64 so that
 * `-e trace=read,getppid` leaves the polling out). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile pid_t reader_tid;

static void* reader(void* arg) {
  (void)arg;
  reader_tid = (pid_t)syscall(SYS_gettid);
  char c;
  return read(3, &c, 1) == 1 ? NULL : (void*)1;
}

static int asleep_in_read_3(pid_t tid) {
  char path[64], text[256];
  snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", (int)tid);
  int fd = open(path, O_RDONLY);
  if (fd < 0) return 0;
  ssize_t n = pread(fd, text, sizeof(text) - 1, 0);
  close(fd);
  if (n <= 0) return 0;
  text[n] = '\0';
  return strncmp(text, "0 0x3 ", 6) == 0;
}

int main(void) {
  pthread_t thread;
  if (pthread_create(&thread, NULL, reader, NULL) != 0) return 1;
  while (reader_tid == 0 || !asleep_in_read_3(reader_tid)) sched_yield();
  for (int i = 0; i < 3; ++i) getppid();
  char c;
  if (read(4, &c, 1) != 1) return 2;
  void* result;
  pthread_join(thread, &result);
  return result == NULL ? 0 : 3;
}
