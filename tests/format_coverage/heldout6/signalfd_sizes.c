// signalfd and signalfd4 with odd mask sizes (0, 4, 7, 16, 128, huge), a full mask, a mask holding SIGKILL and SIGSTOP, real-time signals, unknown flags, updating an existing signalfd and a non-signalfd fd, a bad mask pointer; the legacy signalfd syscall.
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  unsigned long long mask[16];
  memset(mask, 0, sizeof mask);
  mask[0] = (1ULL << (SIGUSR1 - 1)) | (1ULL << (SIGKILL - 1)) | (1ULL << (SIGSTOP - 1)) | (1ULL << 40);
  int a = syscall(SYS_signalfd, -1, mask, 8);
  syscall(SYS_signalfd, -1, mask, 4);
  syscall(SYS_signalfd, -1, mask, 0);
  syscall(SYS_signalfd4, -1, mask, 7, 0);
  syscall(SYS_signalfd4, -1, mask, 16, SFD_CLOEXEC);
  syscall(SYS_signalfd4, -1, mask, 128, SFD_NONBLOCK);
  syscall(SYS_signalfd4, -1, mask, 0x7fffffff, 0);
  syscall(SYS_signalfd4, -1, mask, 8, 0x1);
  syscall(SYS_signalfd4, -1, mask, 8, 0xffffffff);
  memset(mask, 0xff, sizeof mask);
  syscall(SYS_signalfd4, a, mask, 8, 0);
  mask[0] = 1ULL << 63;
  syscall(SYS_signalfd4, a, mask, 8, SFD_NONBLOCK);
  mask[0] = 0;
  syscall(SYS_signalfd4, a, mask, 8, 0);
  syscall(SYS_signalfd4, 0, mask, 8, 0);
  syscall(SYS_signalfd4, -1, BAD, 8, 0);
  syscall(SYS_signalfd4, -5, mask, 8, 0);
  return 0;
}
