/* Golden program: blocking syscalls interrupted by a signal with a handler.
 * strace shows the code each returned inside the kernel before it became
 * EINTR for the handler (ERESTARTSYS, ERESTARTNOHAND, ERESTART_RESTARTBLOCK),
 * then the signal, then rt_sigreturn's EINTR. An interval timer interrupts
 * each call 20 ms in. */
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static void on_alarm(int sig) { (void)sig; }

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, 0);
  struct itimerval every_20ms = {{0, 20000}, {0, 20000}};
  setitimer(ITIMER_REAL, &every_20ms, 0);
  pause();
  struct timespec second = {1, 0};
  nanosleep(&second, 0);
  clock_nanosleep(CLOCK_MONOTONIC, 0, &second, 0);
  char c;
  int p[2];
  pipe(p);
  read(p[0], &c, 1);
  poll(NULL, 0, 1000);
  poll(NULL, 0, -1);
  select(0, 0, 0, 0, 0);
  sigset_t none;
  sigemptyset(&none);
  sigsuspend(&none);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, 0);
  return 0;
}
