// getentropy (getrandom with no flags, at most 256 bytes: EIO past it), getrandom with GRND_NONBLOCK and GRND_RANDOM, arc4random (glibc 2.36: getrandom into its buffer); random bytes become RANDOM in compare.py.
// compare-options:
// compare-options: -xx
// compare-options: -X raw -e trace=getrandom
#include "h10.h"
#include <sys/random.h>
int main(void) {
  char b[300];
  getentropy(b, 16);
  getentropy(b, 257);
  getrandom(b, 8, GRND_NONBLOCK);
  getrandom(b, 4, GRND_RANDOM | GRND_NONBLOCK);
  getrandom(b, 0, 0);
  getrandom(b, 1, 0x40);
  return 0;
}
