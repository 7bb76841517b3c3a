// tracer/safe_copy.h — reading application memory without risking a crash
// (asm/safe_copy.S; faults are turned into return values by tracer/signals.cc).
#pragma once

#include <cstdint>

extern "C" uint64_t lzp_safe_copy(void* dst, const void* src, uint64_t n);
extern "C" uint64_t lzp_safe_strcopy(char* dst, const char* src, uint64_t max);
extern "C" char lzp_safe_copy_fault_ip[], lzp_safe_copy_fixup[];
extern "C" char lzp_safe_strcopy_fault_ip[], lzp_safe_strcopy_fixup[];
extern "C" char lzp_safe_copy_words_begin[], lzp_safe_copy_words_end[], lzp_safe_copy_words_fixup[];

namespace lzp {

inline constexpr uint64_t kCopyFaulted = uint64_t{1} << 63;

// True if all n bytes were copied.
inline bool CopyFromApp(void* dst, uint64_t src, uint64_t n) {
  return n == 0 || lzp_safe_copy(dst, reinterpret_cast<const void*>(src), n) == n;
}

// If the fault happened at one of our copy instructions, the address to
// resume at; else 0.
inline uint64_t SafeCopyFixupFor(uint64_t ip) {
  if (ip == reinterpret_cast<uint64_t>(lzp_safe_copy_fault_ip)) return reinterpret_cast<uint64_t>(lzp_safe_copy_fixup);
  if (ip >= reinterpret_cast<uint64_t>(lzp_safe_copy_words_begin) && ip < reinterpret_cast<uint64_t>(lzp_safe_copy_words_end))
    return reinterpret_cast<uint64_t>(lzp_safe_copy_words_fixup);
  if (ip == reinterpret_cast<uint64_t>(lzp_safe_strcopy_fault_ip))
    return reinterpret_cast<uint64_t>(lzp_safe_strcopy_fixup);
  return 0;
}

}  // namespace lzp
