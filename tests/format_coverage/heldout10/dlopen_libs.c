// dlopen/dlsym/dlclose: libm.so.6 (not linked in: found through ld.so.cache, mapped, relocated, unmapped at dlclose), a library that does not exist (each search directory probed), RTLD_NOLOAD of libc, dlsym of a missing symbol.
// compare-options:
// compare-options: -e raw=mmap,mprotect
// compare-options: -X verbose
#include "h10.h"
#include <dlfcn.h>
int main(void) {
  void *m = dlopen("libm.so.6", RTLD_NOW);
  if (m) {
    double (*c)(double) = (double (*)(double))dlsym(m, "cos");
    if (c) c(0.5);
    dlsym(m, "lzp_no_such_symbol");
    dlclose(m);
  }
  dlopen("liblzp-no-such.so.1", RTLD_LAZY);
  dlopen("/tmp/lzp-h10-no-dir/libx.so", RTLD_LAZY);
  void *c = dlopen("libc.so.6", RTLD_NOLOAD | RTLD_LAZY);
  if (c) dlclose(c);
  return 0;
}
