// tracer/raw_syscall.h — the interposer's only way to make a syscall.
//
// lzp_raw_syscall6 (asm/entry.S) sits inside the range Syscall User Dispatch
// always allows, so these calls are never intercepted or recorded, and they
// do not touch errno: they return -errno like the kernel.
#pragma once

#include <cstdint>

extern "C" long lzp_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

namespace lzp {

template <typename... Args>
inline long Sys(long nr, Args... args) {
  static_assert(sizeof...(Args) <= 6);
  long a[6] = {(long)(args)...};
  return lzp_raw_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

inline bool IsError(long r) { return r < 0 && r > -4096; }

}  // namespace lzp
