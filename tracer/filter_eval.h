// tracer/filter_eval.h — evaluating a --filter program (protocol.h FilterProgram).
//
// A program is postfix: each comparison pushes a truth value, `!`, `&&` and
// `||` pop theirs and push the result. Truth has three values, as in Kleene's
// logic: true, false and unknown, for what the evaluator cannot know — a
// captured string in the tracee, the result of a call that does not return,
// everything but the syscall number when the CLI works out which syscalls a
// predicate can accept at all. `unknown && false` is false, `unknown || true`
// is true. The tracee records a call unless the answer is false; the CLI shows
// it only if the answer is true, so the tracee's work only ever lets through
// more than the CLI prints.
//
// The same code runs in the tracee (freestanding: no libc, no allocation,
// one bounded loop, a fixed stack) and in the CLI. The tracee's copy of the
// program came through memory the traced application could write, so every
// operand is checked here; a malformed program answers unknown.
#pragma once

#include <cstdint>

#include "tracer/protocol.h"

namespace lzp::proto {

enum FilterOp : uint8_t {
  kFilterCompare = 1,  // field cmp value
  kFilterInSet = 2,    // the syscall number is in sets[index]
  kFilterString = 3,   // a captured string of argument map `index` (cmp: eq, ne, glob), aux names the pattern
  kFilterNot = 4,
  kFilterAnd = 5,
  kFilterOr = 6,
};
enum FilterField : uint8_t {
  kFieldNr = 0,
  kFieldArg0 = 1,  // ..kFieldArg0 + 5: the register as a signed 64-bit number
  kFieldNamedArg = 7,  // the argument of arg_maps[index], read with its kernel type
  kFieldRet = 8,
  kFieldErrno = 9,     // the errno of a failed call, 0 for a successful one
  kFieldDur = 10,      // nanoseconds
  kFieldPid = 11,
  kFieldTid = 12,
};
enum FilterCmp : uint8_t { kCmpEq, kCmpNe, kCmpLt, kCmpLe, kCmpGt, kCmpGe, kCmpBits, kCmpGlob };
// How a named argument is read (arg_maps' high nibble).
enum FilterArgKind : uint8_t { kArgSigned64 = 0, kArgUnsigned64 = 1, kArgSigned32 = 2, kArgUnsigned32 = 3, kArgUnsigned16 = 4 };
inline constexpr uint8_t kNoArg = 0xff;

enum class Truth : uint8_t { kFalse = 0, kTrue = 1, kUnknown = 2 };

// What is known of one call. `known` says which facts are there.
enum FactBits : uint32_t { kKnowNr = 1, kKnowArgs = 2, kKnowRet = 4, kKnowDur = 8, kKnowIds = 16 };
struct FilterFacts {
  uint32_t known;
  uint64_t nr;
  uint64_t args[6];
  int64_t ret;
  uint64_t dur_ns;
  uint32_t pid, tid;
};

inline Truth FilterCompare(int64_t v, uint8_t cmp, int64_t c) {
  bool r;
  switch (cmp) {
    case kCmpEq: r = v == c; break;
    case kCmpNe: r = v != c; break;
    case kCmpLt: r = v < c; break;
    case kCmpLe: r = v <= c; break;
    case kCmpGt: r = v > c; break;
    case kCmpGe: r = v >= c; break;
    case kCmpBits: r = (v & c) != 0; break;
    default: return Truth::kUnknown;
  }
  return r ? Truth::kTrue : Truth::kFalse;
}

// The value of a named argument as its kernel type reads the register.
inline int64_t FilterArgValue(uint8_t kind, uint64_t reg) {
  switch (kind) {
    case kArgSigned32: return static_cast<int32_t>(static_cast<uint32_t>(reg));
    case kArgUnsigned32: return static_cast<int64_t>(reg & 0xffffffffu);
    case kArgUnsigned16: return static_cast<int64_t>(reg & 0xffffu);
    default: return static_cast<int64_t>(reg);
  }
}

// Where syscall `nr` has the argument of map `index`: its map byte, or kNoArg.
inline uint8_t FilterArgSlot(const FilterProgram& p, uint8_t index, uint64_t nr) {
  if (index >= kFilterMaxArgMaps || nr >= 512) return kNoArg;
  uint8_t slot = p.arg_maps[index][nr];
  return (slot & 0xf) < 6 ? slot : kNoArg;
}

// One comparison or set test; `strings(insn, position)` decides a string test
// on argument `position` of the call (the tracee's answers unknown).
template <typename StringTest>
Truth FilterLeaf(const FilterProgram& p, const FilterInsn& in, const FilterFacts& f, StringTest& strings) {
  if (in.op == kFilterInSet) {
    if (!(f.known & kKnowNr)) return Truth::kUnknown;
    if (in.index >= kFilterMaxSets || f.nr >= 512) return f.nr >= 512 ? Truth::kFalse : Truth::kUnknown;
    return (p.sets[in.index][f.nr / 64] >> (f.nr % 64)) & 1 ? Truth::kTrue : Truth::kFalse;
  }
  if (in.op == kFilterString || (in.op == kFilterCompare && in.field == kFieldNamedArg)) {
    if (!(f.known & kKnowNr)) return Truth::kUnknown;
    if (in.index >= kFilterMaxArgMaps) return Truth::kUnknown;
    uint8_t slot = FilterArgSlot(p, in.index, f.nr);
    if (slot == kNoArg) return Truth::kFalse;  // the call has no such argument
    if (in.op == kFilterString) return strings(in, slot & 0xf);
    if (!(f.known & kKnowArgs)) return Truth::kUnknown;
    return FilterCompare(FilterArgValue(slot >> 4, f.args[slot & 0xf]), in.cmp, in.value);
  }
  if (in.op != kFilterCompare) return Truth::kUnknown;
  switch (in.field) {
    case kFieldNr:
      return f.known & kKnowNr ? FilterCompare(static_cast<int64_t>(f.nr), in.cmp, in.value) : Truth::kUnknown;
    case kFieldRet:
      return f.known & kKnowRet ? FilterCompare(f.ret, in.cmp, in.value) : Truth::kUnknown;
    case kFieldErrno:
      return f.known & kKnowRet ? FilterCompare(f.ret < 0 && f.ret >= -4095 ? -f.ret : 0, in.cmp, in.value)
                                : Truth::kUnknown;
    case kFieldDur:
      return f.known & kKnowDur ? FilterCompare(static_cast<int64_t>(f.dur_ns), in.cmp, in.value) : Truth::kUnknown;
    case kFieldPid:
      return f.known & kKnowIds ? FilterCompare(f.pid, in.cmp, in.value) : Truth::kUnknown;
    case kFieldTid:
      return f.known & kKnowIds ? FilterCompare(f.tid, in.cmp, in.value) : Truth::kUnknown;
    default:
      if (in.field >= kFieldArg0 && in.field < kFieldArg0 + 6)
        return f.known & kKnowArgs ? FilterCompare(static_cast<int64_t>(f.args[in.field - kFieldArg0]), in.cmp, in.value)
                                   : Truth::kUnknown;
      return Truth::kUnknown;
  }
}

template <typename StringTest>
Truth EvaluateFilter(const FilterProgram& p, const FilterFacts& f, StringTest&& strings) {
  if (p.length == 0) return Truth::kTrue;
  if (p.length > kFilterMaxInsns) return Truth::kUnknown;
  Truth stack[kFilterMaxDepth];
  uint32_t depth = 0;
  for (uint32_t i = 0; i < p.length; ++i) {
    const FilterInsn& in = p.code[i];
    if (in.op == kFilterNot) {
      if (depth < 1) return Truth::kUnknown;
      Truth& t = stack[depth - 1];
      t = t == Truth::kUnknown ? t : t == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
    } else if (in.op == kFilterAnd || in.op == kFilterOr) {
      if (depth < 2) return Truth::kUnknown;
      Truth a = stack[depth - 2], b = stack[depth - 1];
      Truth dominant = in.op == kFilterAnd ? Truth::kFalse : Truth::kTrue;
      stack[depth - 2] = a == dominant || b == dominant                ? dominant
                         : a == Truth::kUnknown || b == Truth::kUnknown ? Truth::kUnknown
                                                                        : a;
      --depth;
    } else {
      if (depth >= kFilterMaxDepth) return Truth::kUnknown;
      stack[depth++] = FilterLeaf(p, in, f, strings);
    }
  }
  return depth == 1 ? stack[0] : Truth::kUnknown;
}

}  // namespace lzp::proto
