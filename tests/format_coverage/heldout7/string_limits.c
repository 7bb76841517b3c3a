// The same writes and reads under -s 0, -s 1, -s 5, -x and -xx: empty, printable, exactly-the-limit and one-past strings, embedded NUL, tab/newline/quote/backslash, bytes 0x7f-0xff, UTF-8; the writes go to a pipe and are read back.
// compare-options:
// compare-options: -s 0
// compare-options: -s 1
// compare-options: -s 5
// compare-options: -x
// compare-options: -xx
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
static const char *texts[] = {"", "a", "abcde", "abcdef", "a\0b", "\t\n\"\\\r\v\f", "\x7f\x80\xfe\xff", "h\xc3\xa9llo \xe2\x82\xac", "?\?=\x1b[0m"};
static const int lens[] = {0, 1, 5, 6, 3, 7, 4, 10, 7};
int main(void) {
  int p[2];
  pipe(p);
  char buf[64];
  for (unsigned i = 0; i < sizeof lens / sizeof *lens; i++) {
    syscall(SYS_write, p[1], texts[i], lens[i]);
    if (lens[i]) syscall(SYS_read, p[0], buf, sizeof buf);
  }
  return 0;
}
