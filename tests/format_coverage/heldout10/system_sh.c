// system(3): SIGINT and SIGQUIT ignored and SIGCHLD blocked around the child (rt_sigaction/rt_sigprocmask with their old values), /bin/sh -c, wait4 and the status; system(NULL) (is a shell there?). (Under -f strace itself prints the child's execve whole or split from run to run: the -f variant traces the parent's signal dispositions and each process's exit_group.)
// compare-options:
// compare-options: -f -e trace=exit_group,rt_sigaction -e signal=none
// compare-options: -e trace=%signal -X raw
#include "h10.h"
int main(void) {
  system("exit 2");
  system(NULL);
  return 0;
}
