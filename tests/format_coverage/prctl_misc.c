// prctl options real programs use: PDEATHSIG, DUMPABLE, NO_NEW_PRIVS, CAPBSET_READ, SUBREAPER, TID_ADDRESS.
#include <signal.h>
#include <sys/prctl.h>
#include <linux/capability.h>
int main(void) {
  int sig = 0; int *tid;
  prctl(PR_SET_PDEATHSIG, SIGTERM); prctl(PR_GET_PDEATHSIG, &sig); prctl(PR_SET_PDEATHSIG, 0); prctl(PR_SET_PDEATHSIG, 99);
  prctl(PR_GET_DUMPABLE); prctl(PR_SET_DUMPABLE, 1); prctl(PR_SET_DUMPABLE, 7);
  prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0); prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN); prctl(PR_CAPBSET_READ, 200);
  prctl(PR_SET_CHILD_SUBREAPER, 1); prctl(PR_GET_CHILD_SUBREAPER, &sig);
  prctl(PR_GET_TID_ADDRESS, &tid);
  prctl(PR_GET_KEEPCAPS); prctl(PR_SET_KEEPCAPS, 0);
  prctl(PR_GET_TIMERSLACK); prctl(PR_GET_SECUREBITS);
  prctl(0x12345678, 1, 2, 3, 4);
  return 0;
}
