// setlocale's file probes: LC_ALL "C.UTF-8" (the archive missing, the C.utf8 directory's files mapped), a locale that does not exist ("xx_YY.UTF-8": each spelling probed), then LC_MESSAGES alone, and nl_langinfo.
// compare-options:
// compare-options: -e abbrev=none
// compare-options: -z
#include "h10.h"
#include <langinfo.h>
#include <locale.h>
int main(void) {
  setlocale(LC_ALL, "C.UTF-8");
  setlocale(LC_ALL, "xx_YY.UTF-8");
  setlocale(LC_MESSAGES, "C.utf8");
  nl_langinfo(CODESET);
  return 0;
}
