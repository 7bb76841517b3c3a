// NSS lookups that stay on files: getpwnam("root"), getpwuid(0), getgrgid(0), getgrnam of a missing group and getpwnam of a missing user (nsswitch then asks systemd's module, which looks for its sockets), endpwent.
// compare-options:
// compare-options: -s 0
// compare-options: -yy -e trace=!brk
#include "h10.h"
#include <grp.h>
#include <pwd.h>
int main(void) {
  getpwnam("root");
  getpwuid(0);
  getgrgid(0);
  getgrnam("lzp-no-such-group");
  getpwnam("lzp-no-such-user");
  endpwent();
  return 0;
}
