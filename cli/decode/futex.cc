// cli/decode/futex.cc — futex(2) by operation, and futex_waitv's array.
//
// futex: which of the six arguments strace 6.1 shows, and how, follows the
// operation (a row of kShapes): the value, a timeout (a struct timespec the
// interposer copied for the waiting operations, proto::FutexTakesTimeout),
// val2 as a number, uaddr2, and val3 as a number, a bitset or FUTEX_WAKE_OP's
// encoded operation ("FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0").
//
// futex_waitv: struct futex_waitv (<linux/futex.h>: u64 val, u64 uaddr, u32
// flags, u32 __reserved), read by the interposer at entry as many as
// nr_futexes says: each waiter as "{val=0x3, uaddr=0x..., flags=FUTEX_32|
// FUTEX_PRIVATE_FLAG}", at most -s of them, "[]" for none.
#include <linux/futex.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

// What follows uaddr and the operation, per operation.
enum class Tail : uint8_t { kNone, kVal, kTimeout, kValTimeout, kBitset, kWaitBitset, kRequeue, kCmpRequeue, kWakeOp,
                            kWaitRequeuePi, kUnknown };
struct Shape { int op; Tail tail; };
constexpr Shape kShapes[] = {
    {FUTEX_WAIT, Tail::kValTimeout},       {FUTEX_WAKE, Tail::kVal},           {FUTEX_FD, Tail::kVal},
    {FUTEX_REQUEUE, Tail::kRequeue},       {FUTEX_CMP_REQUEUE, Tail::kCmpRequeue},
    {FUTEX_WAKE_OP, Tail::kWakeOp},        {FUTEX_LOCK_PI, Tail::kTimeout},    {FUTEX_UNLOCK_PI, Tail::kNone},
    {FUTEX_TRYLOCK_PI, Tail::kNone},       {FUTEX_WAIT_BITSET, Tail::kWaitBitset},
    {FUTEX_WAKE_BITSET, Tail::kBitset},    {FUTEX_WAIT_REQUEUE_PI, Tail::kWaitRequeuePi},
    {FUTEX_CMP_REQUEUE_PI, Tail::kCmpRequeue}, {FUTEX_LOCK_PI2, Tail::kTimeout},
};

// "NAME<<SHIFT", the unknown comment (if any) after the shift. As strace
// 6.1 under -X verbose: "0x1 /* FUTEX_OP_ADD */<<28"; under raw it names
// none and comments every one: "0x1<<28 /* FUTEX_OP_??? */".
std::string Shifted(std::string_view table, uint64_t value, int shift, std::string_view unknown) {
  std::string at = fmt::format("<<{}", shift);
  if (CurrentConstStyle() == ConstStyle::kRaw) return Hex(value) + at + " /* " + std::string(unknown) + " */";
  std::string name = FormatFlags(table, value);
  size_t comment = name.find(" /*");
  bool known = FlagNames(table, value).find(" /*") == std::string::npos;  // verbose: "0x1 /* FUTEX_OP_ADD */<<28"
  return comment == std::string::npos || (known && !ConstantsAbbreviated()) ? name + at : name.insert(comment, at);
}

// FUTEX_WAKE_OP's val3: FUTEX_OP(op, oparg, cmp, cmparg), with the OPARG_SHIFT bit.
std::string WakeOp(uint32_t v) {
  std::string out = (v >> 31) ? StyledConstant("0x8", "FUTEX_OP_OPARG_SHIFT") + "<<28|" : "";
  out += Shifted("futex_wake_op", (v >> 28) & 7, 28, "FUTEX_OP_???") + "|" + Hex((v >> 12) & 0xfff) + "<<12|";
  return out + Shifted("futex_wake_cmp", (v >> 24) & 0xf, 24, "FUTEX_OP_CMP_???") + "|" + Hex(v & 0xfff);
}

std::vector<std::string> Futex(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  int op = static_cast<int>(a[1]) & FUTEX_CMD_MASK;
  Tail tail = Tail::kUnknown;
  for (const Shape& s : kShapes)
    if (s.op == op) tail = s.tail;
  std::vector<std::string> out = {Pointer(a[0]), FormatArgument(c, 1)};
  auto val = [&] { out.push_back(fmt::format("{}", static_cast<uint32_t>(a[2]))); };  // a u32
  auto timeout = [&] {
    const Capture* cap = proto::FutexTakesTimeout(a[1]) ? c.captures.Find(proto::kFutexTimeoutArg, proto::kAtEntry) : nullptr;
    std::optional<std::string> text;
    if (cap != nullptr && !cap->faulted() && c.options.structs) text = FormatStruct("timespec", cap->data, c.options);
    out.push_back(text ? *text : Pointer(a[3]));
  };
  auto val2 = [&] { out.push_back(fmt::format("{}", static_cast<uint32_t>(a[3]))); };
  auto bitset = [&] {
    uint32_t bits = static_cast<uint32_t>(a[5]);
    out.push_back(StyledConstant(Hex(bits), bits == FUTEX_BITSET_MATCH_ANY ? "FUTEX_BITSET_MATCH_ANY" : ""));
  };
  switch (tail) {
    case Tail::kNone: break;
    case Tail::kVal: val(); break;
    case Tail::kTimeout: timeout(); break;
    case Tail::kValTimeout: val(); timeout(); break;
    case Tail::kBitset: val(); bitset(); break;
    case Tail::kWaitBitset: val(); timeout(); bitset(); break;
    case Tail::kRequeue: val(); val2(); out.push_back(Pointer(a[4])); break;
    case Tail::kCmpRequeue:
      val(); val2(); out.push_back(Pointer(a[4])); out.push_back(fmt::format("{}", static_cast<uint32_t>(a[5])));
      break;
    case Tail::kWakeOp: val(); val2(); out.push_back(Pointer(a[4])); out.push_back(WakeOp(static_cast<uint32_t>(a[5]))); break;
    case Tail::kWaitRequeuePi: val(); timeout(); out.push_back(Pointer(a[4])); break;
    case Tail::kUnknown: val(); out.push_back(Pointer(a[3])); out.push_back(Pointer(a[4])); out.push_back(Hex(a[5])); break;
  }
  return out;
}

std::optional<std::string> Waiters(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 24, o, [](std::string_view e) {
    return fmt::format("{{val={}, uaddr={}, flags={}}}", Hex(Field<uint64_t>(e, 0)), Pointer(Field<uint64_t>(e, 8)),
                       FormatFlags("futex2", Field<uint32_t>(e, 16)));
  });
}

}  // namespace

const ArgumentsDecoder kFutexArguments = Futex;
const StructDecoder kFutexDecoders[] = {{"futex_waitv", Waiters}, {nullptr, nullptr}};

}  // namespace lzp::cli
