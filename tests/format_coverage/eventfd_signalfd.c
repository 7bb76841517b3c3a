// eventfd2 and signalfd4 with flags, bad masks and sizes.
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int e = eventfd(3, EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE); eventfd(0, 0xff);
  unsigned long long v; read(e, &v, 8); write(e, &v, 8);
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR1); sigaddset(&s, SIGRTMIN + 2);
  signalfd(-1, &s, SFD_CLOEXEC); syscall(SYS_signalfd4, -1, &s, 4, 0); signalfd(-1, &s, 0xff); signalfd(e, &s, 0);
  return 0;
}
