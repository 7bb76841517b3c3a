// getsockopt_answer.h — the one helper the sockopt_*_answers programs share:
// getsockopt into a zeroed 64-byte buffer with the length the caller gives,
// so that what strace and lzptrace print is the kernel's answer at that
// length (a header, not a program: compare.py compiles only *.c).
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
static void get(int s, int level, int name, int len) {
  char v[64] = {0};
  socklen_t l = len;
  syscall(SYS_getsockopt, s, level, name, v, &l);
}
