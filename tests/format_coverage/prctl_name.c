// prctl PR_SET_NAME/PR_GET_NAME with normal, long and bad strings.
#include <sys/prctl.h>
int main(void) {
  char name[32];
  prctl(PR_SET_NAME, "cov-name"); prctl(PR_GET_NAME, name);
  prctl(PR_SET_NAME, "a-very-long-name-beyond-16-bytes"); prctl(PR_GET_NAME, name);
  prctl(PR_SET_NAME, (void*)0xbad0000); prctl(PR_GET_NAME, (void*)0xbad0000);
  prctl(PR_SET_NAME, "prctl_name");
  return 0;
}
