// User and group ids: getters, setters, groups, res ids.
#define _GNU_SOURCE
#include <grp.h>
#include <unistd.h>
#include <sys/syscall.h>
int main(void) {
  gid_t g[4]; uid_t a, b, c;
  getuid(); geteuid(); getgid(); getegid(); getgroups(4, g); getgroups(0, NULL); syscall(SYS_getgroups, -1, g);
  syscall(SYS_setuid, 0); syscall(SYS_setgid, 0); syscall(SYS_setreuid, -1, -1); syscall(SYS_setresuid, -1, -1, -1);
  getresuid(&a, &b, &c); getresgid(&a, &b, &c); syscall(SYS_setgroups, 1, g); syscall(SYS_setfsuid, -1); syscall(SYS_setfsgid, 0);
  return 0;
}
