// getrandom: GRND_INSECURE, GRND_RANDOM|GRND_NONBLOCK, the invalid INSECURE|RANDOM mix, unknown bits, count 0 with NULL, a bad buffer, flags with upper bits.
#define _GNU_SOURCE
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char b[64];
  syscall(SYS_getrandom, b, 8, GRND_INSECURE);
  syscall(SYS_getrandom, b, 8, GRND_RANDOM | GRND_NONBLOCK);
  syscall(SYS_getrandom, b, 8, GRND_INSECURE | GRND_RANDOM);
  syscall(SYS_getrandom, b, 8, 0x8);
  syscall(SYS_getrandom, b, 8, ~0UL);
  syscall(SYS_getrandom, NULL, 0, 0);
  syscall(SYS_getrandom, (void*)0xbad0000, 8, 0);
  syscall(SYS_getrandom, b, 8, 0x100000000UL);
  syscall(SYS_getrandom, b, 0, GRND_NONBLOCK | 0x80);
  return 0;
}
