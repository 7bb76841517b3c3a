// tracer/freestanding.cc — the few libc routines the compiler may call.
//
// The interposer links no libc (-nostdlib): every call into libc could make a
// syscall or take a lock inside someone else's process. GCC still emits calls
// to memcpy/memset/memmove/memcmp for struct copies, so we define them here
// with hidden visibility: they bind inside the interposer only and never
// interpose the application's own memcpy. -fno-tree-loop-distribute-patterns
// (see tracer/BUILD.bazel) stops GCC from turning these loops back into calls.
#include <cstddef>

#define LZP_HIDDEN extern "C" __attribute__((visibility("hidden")))

LZP_HIDDEN void* memcpy(void* dst, const void* src, size_t n) {
  auto* d = static_cast<unsigned char*>(dst);
  auto* s = static_cast<const unsigned char*>(src);
  while (n--) *d++ = *s++;
  return dst;
}

LZP_HIDDEN void* memmove(void* dst, const void* src, size_t n) {
  auto* d = static_cast<unsigned char*>(dst);
  auto* s = static_cast<const unsigned char*>(src);
  if (d < s) {
    while (n--) *d++ = *s++;
  } else {
    while (n--) d[n] = s[n];
  }
  return dst;
}

LZP_HIDDEN void* memset(void* dst, int c, size_t n) {
  auto* d = static_cast<unsigned char*>(dst);
  while (n--) *d++ = static_cast<unsigned char>(c);
  return dst;
}

LZP_HIDDEN int memcmp(const void* a, const void* b, size_t n) {
  auto* x = static_cast<const unsigned char*>(a);
  auto* y = static_cast<const unsigned char*>(b);
  for (; n; --n, ++x, ++y)
    if (*x != *y) return *x < *y ? -1 : 1;
  return 0;
}
