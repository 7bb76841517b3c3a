// rt_sigaction/sigprocmask/sigaltstack/sigpending/kill-less signal calls.
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
static void h(int s) { (void)s; }
int main(void) {
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_handler = h; sa.sa_flags = SA_RESTART | SA_NODEFER; sigaddset(&sa.sa_mask, SIGINT);
  sigaction(SIGUSR1, &sa, NULL); sigaction(SIGKILL, &sa, NULL); sigaction(SIGRTMIN + 3, &sa, &sa); syscall(SYS_rt_sigaction, 99, NULL, NULL, 8);
  sigset_t s; sigfillset(&s); sigprocmask(SIG_BLOCK, &s, NULL); sigprocmask(SIG_SETMASK, NULL, &s); syscall(SYS_rt_sigprocmask, 7, &s, NULL, 8);
  sigemptyset(&s); sigprocmask(SIG_SETMASK, &s, NULL); sigpending(&s);
  stack_t st = {0}; sigaltstack(NULL, &st); st.ss_flags = SS_DISABLE; sigaltstack(&st, NULL); st.ss_flags = 0xff; sigaltstack(&st, NULL);
  return 0;
}
