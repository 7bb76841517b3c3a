// uname/getcwd/getrandom/umask-less info calls with bad buffers.
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
int main(void) {
  struct utsname u; char b[256]; uname(&u); syscall(SYS_uname, (void*)0xbad0000); syscall(SYS_getcwd, b, sizeof b); syscall(SYS_getcwd, b, 1);
  getrandom(b, 0, GRND_NONBLOCK); getrandom(b, 4, 0xff); syscall(SYS_getpriority, 0, 0); syscall(SYS_setpriority, 9, 0, 0);
  syscall(SYS_personality, 0xffffffff); syscall(SYS_sethostname, "x", 100); syscall(SYS_getcpu, NULL, NULL, NULL);
  return 0;
}
