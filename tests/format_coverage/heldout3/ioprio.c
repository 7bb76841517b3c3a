// ioprio_get, ioprio_set: who values, classes with data, unknown classes and targets. Only this process's
// priority is changed: a process group or user of 0 would reach every process of root's (the tests run as root).
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_ioprio_get, 1, 0);
  syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
  syscall(SYS_ioprio_get, 1, 0);
  syscall(SYS_ioprio_set, 2, 999999, (3 << 13));
  syscall(SYS_ioprio_set, 3, 999999, (1 << 13) | 7);
  syscall(SYS_ioprio_set, 1, 0, (7 << 13) | 1);
  syscall(SYS_ioprio_get, 9, 0);
  syscall(SYS_ioprio_get, 1, -1);
  syscall(SYS_ioprio_set, 1, 0, 0);
  return 0;
}
