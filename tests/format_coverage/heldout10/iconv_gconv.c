// iconv_open's gconv probes: UTF-8 to UTF-16 (gconv-modules.cache mapped, the UTF-16 module loaded), a conversion to ISO-8859-1 (built in), a charset that does not exist (EINVAL), iconv() on a short buffer, iconv_close.
// compare-options:
// compare-options: -y
// compare-options: -e raw=mmap,mprotect,openat
#include "h10.h"
#include <iconv.h>
int main(void) {
  iconv_t a = iconv_open("UTF-16LE", "UTF-8");
  char in[] = "h\xc3\xa9llo", out[32];
  char *ip = in, *op = out;
  size_t il = strlen(in), ol = sizeof out;
  if (a != (iconv_t)-1) { iconv(a, &ip, &il, &op, &ol); iconv_close(a); }
  iconv_t b = iconv_open("ISO-8859-1", "UTF-8");
  if (b != (iconv_t)-1) iconv_close(b);
  iconv_open("LZP-NO-SUCH-CHARSET", "UTF-8");
  return 0;
}
