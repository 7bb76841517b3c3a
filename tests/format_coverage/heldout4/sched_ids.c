// sched_setparam and the id calls no set measured: setregid, setresgid with -1 and out-of-range ids, getpgrp, sched priorities by pid.
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct sched_param sp = {0};
  syscall(SYS_sched_setparam, 0, &sp);
  sp.sched_priority = 50;
  syscall(SYS_sched_setparam, 0, &sp);
  syscall(SYS_sched_setparam, 0, (void*)0xbad0000);
  syscall(SYS_sched_setparam, -1, &sp);
  syscall(SYS_sched_setparam, 999999, NULL);
  syscall(SYS_sched_getparam, 0, (void*)0xbad0000);
  syscall(SYS_getpgrp);
  syscall(SYS_setregid, -1, -1);
  syscall(SYS_setregid, 0xffffffff00000000UL | 0xffffffff, 0xfffffffe);
  syscall(SYS_setresgid, -1, -1, -1);
  syscall(SYS_setresgid, 0x7fffffff, -1, -1);
  syscall(SYS_setreuid, -1, -1);
  syscall(SYS_setresuid, -1, -1, 0xffffffff);
  syscall(SYS_setfsgid, -1);
  syscall(SYS_setfsuid, 0xffffffff);
  return 0;
}
