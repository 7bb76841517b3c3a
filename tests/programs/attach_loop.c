/* A running process for -p that lzptrace attaches to and lets go while its
 * threads sleep in different calls. It reads one command byte at a time on
 * stdin and answers one line on stdout:
 *   'n'  getppid, then "count N"              (the main thread's own calls)
 *   'w'  wakes the thread asleep in a futex    ("woken N", from that thread)
 *   'r'  writes a byte to the pipe another thread reads ("read N", from it)
 *   's'  raises SIGUSR1, whose handler counts  ("handled N")
 *   'h'  raises SIGUSR2, whose handler reads the next byte of stdin itself
 *        ("released B", B its value): a thread lzptrace lets go inside a
 *        handler the interposer called
 * On EOF it exits with status 7. Every answer counts on from the last, so a
 * run that lzptrace attached to and let go answers as an untraced one. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static int wakes_asked, wakes_done;
static int feed[2];
static volatile sig_atomic_t handled;

static void say(const char* what, int n) {
  char line[48];
  int len = snprintf(line, sizeof(line), "%s %d\n", what, n);
  write(1, line, (size_t)len);
}

static void* sleeper(void* arg) {  /* asleep in futex */
  (void)arg;
  pthread_mutex_lock(&lock);
  for (;;) {
    while (wakes_done == wakes_asked) pthread_cond_wait(&wake, &lock);
    say("woken", ++wakes_done);
  }
  return NULL;
}

static void* reader(void* arg) {  /* asleep in read */
  (void)arg;
  char c;
  for (int n = 1; read(feed[0], &c, 1) == 1; ++n) say("read", n);
  return NULL;
}

static void on_usr1(int sig) {
  (void)sig;
  ++handled;
}

static void on_usr2(int sig) {
  (void)sig;
  unsigned char c = 0;
  read(0, &c, 1);
  say("released", c);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  sa.sa_handler = on_usr2;
  sigaction(SIGUSR2, &sa, NULL);
  pipe(feed);
  pthread_t t[2];
  pthread_create(&t[0], NULL, sleeper, NULL);
  pthread_create(&t[1], NULL, reader, NULL);
  char c;
  for (int count = 0; read(0, &c, 1) == 1;) {
    if (c == 'n') {
      syscall(SYS_getppid);
      say("count", ++count);
    } else if (c == 'w') {
      pthread_mutex_lock(&lock);
      ++wakes_asked;
      pthread_cond_signal(&wake);
      pthread_mutex_unlock(&lock);
    } else if (c == 'r') {
      write(feed[1], "x", 1);
    } else if (c == 's') {
      kill(getpid(), SIGUSR1);
      say("handled", handled);
    } else if (c == 'h') {
      kill(getpid(), SIGUSR2);
    }
  }
  return 7;
}
