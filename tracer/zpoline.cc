// tracer/zpoline.cc — page 0 and the lazy rewriting of syscall sites.
//
// `call *%rax` is two bytes, like `syscall`, and jumps to the address equal
// to the syscall number: somewhere in the first 512 bytes of page 0. Those
// bytes are nops sliding into `movabs $lzp_zpoline_entry, %r11; jmp *%r11`
// (r11 is clobbered by syscall anyway). The sled is made of 15-byte nops
// (fourteen 0x66 prefixes and 0x90): entered at any byte, the CPU decodes a
// shorter prefixed nop and then whole ones, so it runs ~35 instructions
// instead of ~400 one-byte nops. The page ends up PROT_EXEC only, so that a
// NULL pointer read faults as it does untraced. On a CPU with protection
// keys the kernel makes an execute-only page with a key of the process's
// own (its "execute-only key", which pkey_free refuses to give back): there
// the program's first pkey_alloc answers 2 where it answers 1 untraced, and
// it can allocate 14 keys, not 15. (PROT_READ | PROT_EXEC would keep the
// keys, but let NULL reads succeed: a crash that disappears under the
// tracer is the worse difference.)
//
// Numbers no kernel knows still answer ENOSYS from a rewritten site. The
// sled ends in a 5-byte `jmp rel32` (at 512) to the `movabs`/`jmp *%r11`
// pair, which sits far up the page (at kJumpTarget). Every byte entered
// other than a whole instruction's first must fault cleanly, before any
// effect: the displacement's bytes (89 08 00 00) decode, from 513, 514,
// 515 and 516, as `mov %ecx,(%rax)`, `or %al,(%rax)` and `add %al,(%rax)`,
// stores to the address the call jumped to, which page 0 (never writable)
// refuses; the page's zero bytes elsewhere are such stores too. -1, x32
// numbers and numbers beyond page 0 fault at the jump itself. The SIGSEGV
// handler sends all of these to the entry (page_zero.h,
// ResumeCallIntoClosedPageZero). Only 2703-2714 still run the inside of the
// `movabs` as instructions (the program crashes): no kernel, x32 table or
// test suite uses numbers there, where 513-547 (x32 numbers without their
// bit, which strace's tests call) used to land on the movabs itself.
//
// A site is rewritten the first time it traps through SIGSYS, and only if:
//   - it is not in the vDSO or in the interposer, and its bytes are 0f 05;
//   - its pages are readable (we read their protections from /proc/self/maps
//     and restore exactly those afterwards; a site may straddle two pages);
//   - the two bytes can be replaced atomically (they do not cross a 16-byte
//     boundary: lock cmpxchg / cmpxchg16b), or the process has one thread;
//   - no other thread of ours is rewriting (try-lock; losing just means this
//     call goes through SIGSYS again next time). The page protections are
//     read under the lock, so one thread's temporary write access is never
//     taken for the page's own.
// Eager rewriting (tracer/eager_rewrite.cc) applies the same rules to sites
// other processes have met, before they run here, in pages whose protections
// it knows from the object's program headers (RewriteSitesIn).
#include "tracer/zpoline.h"

#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/memory_map.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/rewritten_sites.h"

extern "C" void lzp_zpoline_entry();

namespace lzp {
namespace {

constexpr uint64_t kPage = 4096;
constexpr uint64_t kSledBytes = 512;  // > every syscall number on this kernel (max 462)
// The jump's displacement, little-endian 89 08 00 00: entered at its first
// byte `mov %ecx,(%rax)`, then `or %al,(%rax)`, then `add %al,(%rax)` twice
// (the byte after the jump is 0): stores, which fault on page 0.
constexpr uint32_t kJumpDisplacement = 0x0889;
constexpr uint64_t kJumpTarget = kSledBytes + 5 + kJumpDisplacement;  // 2702
static_assert(kJumpTarget + 13 <= kPage, "the movabs/jmp pair fits in page 0");

volatile int g_rewrite_lock = 0;

bool ReplaceAtomically(uint64_t site) {
  uint64_t within16 = site & 15;
  if (within16 == 15) return false;
  if ((site & 7) != 7) {  // both bytes in one aligned 8-byte word
    auto* word = reinterpret_cast<uint64_t*>(site & ~uint64_t{7});
    int shift = static_cast<int>((site & 7) * 8);
    uint64_t old = *word;
    for (;;) {
      if (((old >> shift) & 0xffff) != 0x050f) return false;
      uint64_t replacement = (old & ~(uint64_t{0xffff} << shift)) | (uint64_t{0xd0ff} << shift);
      if (__atomic_compare_exchange_n(word, &old, replacement, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return true;
    }
  }
  // The pair spans two words of one aligned 16-byte block: cmpxchg16b.
  auto* block = reinterpret_cast<unsigned __int128*>(site & ~uint64_t{15});
  int shift = static_cast<int>(within16 * 8);
  unsigned __int128 old = *block;
  for (;;) {
    if (((old >> shift) & 0xffff) != 0x050f) return false;
    unsigned __int128 replacement =
        (old & ~(static_cast<unsigned __int128>(0xffff) << shift)) | (static_cast<unsigned __int128>(0xd0ff) << shift);
    bool ok;
    uint64_t lo = static_cast<uint64_t>(old), hi = static_cast<uint64_t>(old >> 64);
    asm volatile("lock cmpxchg16b %1"
                 : "=@ccz"(ok), "+m"(*block), "+a"(lo), "+d"(hi)
                 : "b"(static_cast<uint64_t>(replacement)), "c"(static_cast<uint64_t>(replacement >> 64))
                 : "memory");
    if (ok) return true;
    old = (static_cast<unsigned __int128>(hi) << 64) | lo;
  }
}

}  // namespace

long MapTrampolinePage() {
  long r = Sys(SYS_mmap, 0, kPage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (IsError(r)) return r;
  if (r != 0) {  // an old kernel that ignored MAP_FIXED_NOREPLACE
    Sys(SYS_munmap, r, kPage);
    return -1;
  }
  // Page 0 is a real mapping now; hide the null pointer from the optimizer,
  // which may otherwise treat the stores as undefined behaviour.
  volatile uint8_t* page;
  asm("" : "=r"(page) : "0"(uint64_t{0}));
  for (uint64_t i = 0; i < kSledBytes; ++i) page[i] = ((kSledBytes - 1 - i) % 15 == 0) ? 0x90 : 0x66;  // see above
  uint64_t i = kSledBytes;
  page[i++] = 0xe9;  // jmp rel32 to kJumpTarget; each byte of rel32 faults if entered
  for (int b = 0; b < 4; ++b) page[i++] = static_cast<uint8_t>(kJumpDisplacement >> (8 * b));
  uint64_t target = reinterpret_cast<uint64_t>(&lzp_zpoline_entry);
  i = kJumpTarget;
  page[i++] = 0x49; page[i++] = 0xbb;  // movabs $target, %r11
  for (int b = 0; b < 8; ++b) page[i++] = static_cast<uint8_t>(target >> (8 * b));
  page[i++] = 0x41; page[i++] = 0xff; page[i++] = 0xe3;  // jmp *%r11
  r = Sys(SYS_mprotect, 0, kPage, PROT_EXEC);
  return IsError(r) ? r : 0;
}

namespace {

// May `site` be rewritten at all (whatever its page protections)?
bool Rewritable(uint64_t site) {
  if (!g_process.zpoline) return false;
  if (site + 2 > g_process.vdso_start && site < g_process.vdso_end) return false;
  if (site + 2 > g_process.self_start && site < g_process.self_end) return false;
  if (site < kPage) return false;
  return (site & 15) != 15 || !g_multithreaded;
}

// Replaces the two bytes at `site`, now writable, if they are still 0f 05,
// and records it (rewritten_sites.h: a detach puts it back). Under the lock.
bool ReplaceSite(uint64_t site) {
  if (!RewrittenSitesHaveRoom()) return false;
  if ((site & 15) != 15) {
    if (!ReplaceAtomically(site)) return false;
    NoteRewrittenSite(site);
    return true;
  }
  auto* bytes = reinterpret_cast<volatile uint8_t*>(site);
  if (bytes[0] != 0x0f || bytes[1] != 0x05) return false;
  bytes[0] = 0xff;  // one thread (Rewritable): no one else runs this code
  bytes[1] = 0xd0;
  NoteRewrittenSite(site);
  return true;
}

}  // namespace

bool TryRewriteSite(uint64_t site) {
  if (!Rewritable(site)) return false;

  uint64_t first_page = site & ~(kPage - 1);
  uint64_t last_page = (site + 1) & ~(kPage - 1);
  if (__atomic_exchange_n(&g_rewrite_lock, 1, __ATOMIC_ACQUIRE) != 0) return false;
  // The protections are read under the lock: read before it, they could be
  // another thread's temporary PROT_WRITE, which it takes away before we write.
  int prot_first = ProtectionAt(first_page);
  int prot_last = last_page == first_page ? prot_first : ProtectionAt(last_page);
  if (prot_first < 0 || prot_last < 0 || !(prot_first & PROT_READ) || !(prot_last & PROT_READ)) {
    __atomic_store_n(&g_rewrite_lock, 0, __ATOMIC_RELEASE);
    return false;
  }
  bool done = false;
  bool opened_first = !(prot_first & PROT_WRITE), opened_last = last_page != first_page && !(prot_last & PROT_WRITE);
  bool writable = true;
  if (opened_first && IsError(Sys(SYS_mprotect, first_page, kPage, prot_first | PROT_WRITE))) writable = false;
  if (writable && opened_last && IsError(Sys(SYS_mprotect, last_page, kPage, prot_last | PROT_WRITE))) writable = false;
  if (writable) done = ReplaceSite(site);
  if (opened_first) Sys(SYS_mprotect, first_page, kPage, prot_first);
  if (opened_last) Sys(SYS_mprotect, last_page, kPage, prot_last);
  __atomic_store_n(&g_rewrite_lock, 0, __ATOMIC_RELEASE);
  return done;
}

int RewriteSitesIn(uint64_t first_page, uint64_t end_page, int prot, const uint64_t* sites, int count) {
  if (count == 0 || !(prot & PROT_READ) || (prot & PROT_WRITE)) return 0;
  if (__atomic_exchange_n(&g_rewrite_lock, 1, __ATOMIC_ACQUIRE) != 0) return 0;
  int done = 0;
  if (!IsError(Sys(SYS_mprotect, first_page, end_page - first_page, prot | PROT_WRITE))) {
    for (int i = 0; i < count; ++i)
      if (sites[i] >= first_page && sites[i] + 2 <= end_page && Rewritable(sites[i]) && ReplaceSite(sites[i])) ++done;
    Sys(SYS_mprotect, first_page, end_page - first_page, prot);
  }
  __atomic_store_n(&g_rewrite_lock, 0, __ATOMIC_RELEASE);
  return done;
}

}  // namespace lzp
