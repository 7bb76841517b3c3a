// pipe/pipe2/dup/dup2/dup3 with good, bad and extreme values.
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
int main(void) {
  int p[2]; pipe(p); pipe2(p, O_CLOEXEC | O_NONBLOCK); pipe2(p, 0xffff); pipe2((void*)0xbad0000, 0);
  dup(p[0]); dup(-1); dup2(p[0], 20); dup2(p[0], -1); dup3(p[0], 21, O_CLOEXEC); dup3(p[0], p[0], 0); dup3(p[0], 22, 1);
  close(20); close(21); close(-1);
  return 0;
}
