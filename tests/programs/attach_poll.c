/* A process for -p asleep in a call the kernel resumes through
 * restart_syscall: it says "polling", then polls stdin with a long timeout
 * (poll, interrupted by a stop without a handler, answers
 * -ERESTART_RESTARTBLOCK and is resumed by restart_syscall with the time
 * left). It then says what poll answered — "poll 1 revents 0x1" when its
 * input came, as untraced; never EINTR — and exits. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>

int main(void) {
  printf("polling\n");
  fflush(stdout);
  struct pollfd in = {0, POLLIN, 0};
  int n = poll(&in, 1, 60000);
  printf("poll %d revents %#x%s\n", n, (unsigned)in.revents, n < 0 && errno == EINTR ? " EINTR" : "");
  return 0;
}
