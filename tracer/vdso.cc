// tracer/vdso.cc — see vdso.h.
#include "tracer/vdso.h"

#include "tracer/our_mappings.h"

#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/ring_writer.h"
#include "tracer/vdso_record.h"

namespace lzp {
namespace {

constexpr uint64_t kPage = 4096;
constexpr uint64_t kSlot = 64;  // per hooked function: 16-byte stub, then the moved instructions

uint64_t g_original[proto::kVdsoFunctions];  // where each moved original now starts

template <typename Fn> Fn Original(proto::VdsoFunction which) { return reinterpret_cast<Fn>(g_original[which]); }

}  // namespace

extern "C" {

int lzp_vdso_clock_gettime(int clock, void* ts) {
  uint64_t t = ReadTsc();
  int r = Original<int (*)(int, void*)>(proto::kClockGettime)(clock, ts);
  RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kClockGettime, SYS_clock_gettime, static_cast<uint64_t>(clock), reinterpret_cast<uint64_t>(ts), 0, r, t);
  return r;
}

int lzp_vdso_gettimeofday(void* tv, void* tz) {
  uint64_t t = ReadTsc();
  int r = Original<int (*)(void*, void*)>(proto::kGettimeofday)(tv, tz);
  RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kGettimeofday, SYS_gettimeofday, reinterpret_cast<uint64_t>(tv), reinterpret_cast<uint64_t>(tz), 0, r, t);
  return r;
}

long lzp_vdso_time(long* tloc) {
  uint64_t t = ReadTsc();
  long r = Original<long (*)(long*)>(proto::kTime)(tloc);
  RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kTime, SYS_time, reinterpret_cast<uint64_t>(tloc), 0, 0, r, t);
  return r;
}

int lzp_vdso_clock_getres(int clock, void* res) {
  uint64_t t = ReadTsc();
  int r = Original<int (*)(int, void*)>(proto::kClockGetres)(clock, res);
  RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kClockGetres, SYS_clock_getres, static_cast<uint64_t>(clock), reinterpret_cast<uint64_t>(res), 0, r, t);
  return r;
}

int lzp_vdso_getcpu(unsigned* cpu, unsigned* node, void* cache) {
  uint64_t t = ReadTsc();
  int r = Original<int (*)(unsigned*, unsigned*, void*)>(proto::kGetcpu)(cpu, node, cache);
  RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kGetcpu, SYS_getcpu, reinterpret_cast<uint64_t>(cpu), reinterpret_cast<uint64_t>(node),
         reinterpret_cast<uint64_t>(cache), r, t);
  return r;
}

long lzp_vdso_getrandom(void* buf, unsigned long len, unsigned flags, void* state, unsigned long state_len) {
  uint64_t t = ReadTsc();
  long r = Original<long (*)(void*, unsigned long, unsigned, void*, unsigned long)>(proto::kGetrandom)(
      buf, len, flags, state, state_len);
  // With no state, the call only asks the state's size: not a getrandom.
  if (state != nullptr) RecordVdsoCall(static_cast<const uint64_t*>(__builtin_frame_address(0)), proto::kGetrandom, SYS_getrandom, reinterpret_cast<uint64_t>(buf), len, flags, r, t);
  return r;
}

}  // extern "C"

namespace {

const uint64_t kHooks[proto::kVdsoFunctions] = {
    reinterpret_cast<uint64_t>(&lzp_vdso_clock_gettime), reinterpret_cast<uint64_t>(&lzp_vdso_gettimeofday),
    reinterpret_cast<uint64_t>(&lzp_vdso_time),          reinterpret_cast<uint64_t>(&lzp_vdso_clock_getres),
    reinterpret_cast<uint64_t>(&lzp_vdso_getcpu),        reinterpret_cast<uint64_t>(&lzp_vdso_getrandom),
};

bool FitsRel32(int64_t v) { return v >= -2147483648LL && v <= 2147483647LL; }

void PutRel32(uint8_t* at, int64_t value) {
  auto v = static_cast<uint32_t>(static_cast<int32_t>(value));
  for (int i = 0; i < 4; ++i) at[i] = static_cast<uint8_t>(v >> (8 * i));
}

// A page within rel32 reach of the vDSO: tried just below and above it, then
// further and further away (up to 1.9 GiB) until a hole is free.
uint8_t* TrampolinePageNear(uint64_t vdso_base) {
  for (uint64_t distance = kPage * 16; distance < (uint64_t{19} << 27); distance += distance / 2) {
    for (int side = 0; side < 2; ++side) {
      uint64_t hint = side == 0 ? vdso_base - distance : vdso_base + distance;
      long p = Sys(SYS_mmap, hint & ~(kPage - 1), kPage, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
      if (!IsError(p)) {
        NoteOurMapping(static_cast<uint64_t>(p), kPage);
        return reinterpret_cast<uint8_t*>(p);
      }
    }
  }
  return nullptr;
}

}  // namespace

bool HookVdso(const proto::VdsoPlan* plan, uint64_t vdso_base, uint64_t vdso_size) {
  if (plan->count == 0 || plan->count > 8 || vdso_base == 0) return false;
  PlanVdsoRecords();  // before any entry is diverted (the filter and options are loaded by now)
  if (plan->image_size != vdso_size || proto::Fnv1a(reinterpret_cast<const uint8_t*>(vdso_base), vdso_size) != plan->image_hash)
    return false;
  uint8_t* page = TrampolinePageNear(vdso_base);
  if (page == nullptr) return false;
  for (uint32_t i = 0; i < plan->count; ++i) {
    const proto::VdsoHookPlan& h = plan->hooks[i];
    if (h.function >= proto::kVdsoFunctions || h.displaced < 5 || h.code_length > sizeof(h.code) ||
        h.fixup_count > 4 || h.function_offset + h.displaced > vdso_size || 16 + h.code_length > kSlot)
      return false;
  }
  for (uint32_t i = 0; i < plan->count; ++i) {
    const proto::VdsoHookPlan& h = plan->hooks[i];
    uint8_t* stub = page + i * kSlot;
    uint8_t* moved = stub + 16;
    stub[0] = 0xff; stub[1] = 0x25; stub[2] = stub[3] = stub[4] = stub[5] = 0;  // jmp *0(%rip)
    for (int b = 0; b < 8; ++b) stub[6 + b] = static_cast<uint8_t>(kHooks[h.function] >> (8 * b));
    for (int b = 0; b < h.code_length; ++b) moved[b] = h.code[b];
    for (int f = 0; f < h.fixup_count; ++f) {
      const proto::VdsoFixup& fx = h.fixups[f];
      if (fx.field_offset + 4 > h.code_length || fx.insn_end > h.code_length) return false;
      int64_t rel = static_cast<int64_t>(vdso_base + fx.target) - static_cast<int64_t>(reinterpret_cast<uint64_t>(moved) + fx.insn_end);
      if (!FitsRel32(rel)) return false;
      PutRel32(moved + fx.field_offset, rel);
    }
    g_original[h.function] = reinterpret_cast<uint64_t>(moved);
  }
  Sys(SYS_mprotect, page, kPage, PROT_READ | PROT_EXEC);
  // Now divert the entries. The vDSO is private to us: writing makes a copy.
  if (IsError(Sys(SYS_mprotect, vdso_base, (vdso_size + 4095) & ~4095ull, PROT_READ | PROT_WRITE | PROT_EXEC))) return false;
  for (uint32_t i = 0; i < plan->count; ++i) {
    const proto::VdsoHookPlan& h = plan->hooks[i];
    if (!VdsoFunctionShown(static_cast<proto::VdsoFunction>(h.function))) continue;  // nothing to record: native
    auto* entry = reinterpret_cast<uint8_t*>(vdso_base + h.function_offset);
    int64_t rel = static_cast<int64_t>(reinterpret_cast<uint64_t>(page + i * kSlot)) - static_cast<int64_t>(vdso_base + h.function_offset + 5);
    if (!FitsRel32(rel)) continue;
    uint8_t jump[5] = {0xe9, 0, 0, 0, 0};
    PutRel32(jump + 1, rel);
    for (int b = 0; b < 5; ++b) entry[b] = jump[b];
  }
  Sys(SYS_mprotect, vdso_base, (vdso_size + 4095) & ~4095ull, PROT_READ | PROT_EXEC);
  return true;
}

}  // namespace lzp
