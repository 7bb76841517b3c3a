// cli/decode/ptrace.cc — ptrace(request, pid, addr, data) as strace prints
// it: requests that take neither address nor data stop after the pid;
// resuming requests show data as a signal, PTRACE_SETOPTIONS/SEIZE as
// options, the POKE requests as the word written; the register requests
// (PTRACE_GETREGS and friends) only their data pointer; PTRACE_PEEKUSER and
// PTRACE_POKEUSER's offset as a register ("8*RDI", struct user_regs_struct
// of <sys/user.h>), PTRACE_GETREGSET/SETREGSET's note type
// (nt_type.tbl) and iovec (copied by the interposer at entry), and
// PTRACE_GET_SYSCALL_INFO's size and SECCOMP_GET_FILTER's index in decimal,
// PEEKSIGINFO's struct ptrace_peeksiginfo_args (read through addr at entry). What the data points to comes
// from the copies tracer/ptrace_transfers.h asks for: the word a PEEK or
// GETEVENTMSG stored ("[0x1234abcd]", "[0]"), the siginfo of GETSIGINFO and
// SETSIGINFO, the sigset of GETSIGMASK/SETSIGMASK (whose addr is its size,
// in decimal), GETREGSET's NT_PRSTATUS registers inside its iovec,
// GET_SYSCALL_INFO's struct as far as both its size and the answer go; a
// failed call's data, and the other requests', is the pointer.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/ptrace_transfers.h"

namespace lzp::cli {
namespace {

// How strace prints a request's data argument. <linux/ptrace.h>, <asm/ptrace-abi.h>.
enum class Data { kNone, kSignal, kOptions, kWord, kPointer, kDataOnly, kUserOffset, kRegset, kSize, kPeek, kEventMsg,
                  kSiginfo, kSigmask, kPeekSiginfo, kIndex };
struct Request { uint32_t request; Data data; };
constexpr Request kRequests[] = {
    {0, Data::kNone},    {16, Data::kNone},   {8, Data::kNone},    {0x4207, Data::kNone},  // TRACEME ATTACH KILL INTERRUPT
    {7, Data::kSignal},  {17, Data::kSignal}, {24, Data::kSignal}, {9, Data::kSignal},     // CONT DETACH SYSCALL SINGLESTEP
    {31, Data::kSignal}, {32, Data::kSignal}, {33, Data::kSignal}, {0x4208, Data::kSignal},  // SYSEMU* SINGLEBLOCK LISTEN
    {0x4200, Data::kOptions}, {0x4206, Data::kOptions},                                       // SETOPTIONS SEIZE
    {4, Data::kWord},    {5, Data::kWord},                                                    // POKETEXT POKEDATA
    {12, Data::kDataOnly}, {13, Data::kDataOnly}, {14, Data::kDataOnly}, {15, Data::kDataOnly},  // GET/SETREGS GET/SETFPREGS
    {3, Data::kUserOffset}, {6, Data::kUserOffset},                                            // PEEKUSER POKEUSER
    {0x4204, Data::kRegset}, {0x4205, Data::kRegset},                                          // GETREGSET SETREGSET
    {0x420e, Data::kSize},                                                                     // GET_SYSCALL_INFO
    {1, Data::kPeek},    {2, Data::kPeek},    {0x4201, Data::kEventMsg},                        // PEEKTEXT PEEKDATA GETEVENTMSG
    {0x4202, Data::kSiginfo}, {0x4203, Data::kSiginfo},                                        // GETSIGINFO SETSIGINFO
    {0x420a, Data::kSigmask}, {0x420b, Data::kSigmask},                                        // GETSIGMASK SETSIGMASK
    {0x4209, Data::kPeekSiginfo}, {0x420c, Data::kIndex},                                      // PEEKSIGINFO SECCOMP_GET_FILTER
};

// PEEKSIGINFO's addr: struct ptrace_peeksiginfo_args as copied at entry (argument 2).
std::string PeekSiginfoArgs(const CallContext& c) {
  const Capture* cap = c.rec.args[2] != 0 ? c.captures.Find(2, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < proto::kPeekSigInfoArgsBytes) return Pointer(c.rec.args[2]);
  return fmt::format("{{off={}, flags={}, nr={}}}", Field<uint64_t>(cap->data, 0),
                     FormatFlags("ptrace_peeksiginfo", Field<uint32_t>(cap->data, 8)), Field<int32_t>(cap->data, 12));
}

// struct user_regs_struct's fields in order (<sys/user.h>): PEEKUSER's offset 8*i.
constexpr const char* kUserRegs[] = {"R15", "R14", "R13", "R12", "RBP", "RBX", "R11", "R10", "R9",
                                     "R8", "RAX", "RCX", "RDX", "RSI", "RDI", "ORIG_RAX", "RIP", "CS",
                                     "EFLAGS", "RSP", "SS", "FS_BASE", "GS_BASE", "DS", "ES", "FS", "GS"};

constexpr uint64_t kUserRegCount = sizeof(kUserRegs) / sizeof(kUserRegs[0]);

// "8*RDI", "8*R15+3" (an unaligned offset into a register); -X raw: 0x70,
// verbose: 0x70 /* 8*RDI */.
std::string UserOffset(uint64_t offset) {
  if (offset / 8 >= kUserRegCount) return Hex(offset);
  std::string out = fmt::format("8*{}", kUserRegs[offset / 8]);
  return StyledConstant(offset ? Hex(offset) : "NULL", offset % 8 ? fmt::format("{}+{}", out, offset % 8) : out);
}

// The bytes copied from data at `phase`, if whole; else nothing.
const Capture* DataCopy(const CallContext& c, uint8_t phase, size_t bytes) {
  const Capture* cap = c.rec.args[3] != 0 ? c.captures.Find(3, phase) : nullptr;
  return cap != nullptr && !cap->faulted() && cap->data.size() >= bytes ? cap : nullptr;
}

// struct user_regs_struct as far as the kernel filled it: "{r15=0x..., r14=0x...}".
std::string UserRegs(std::string_view b) {
  std::string out = "{";
  for (uint64_t i = 0; i < kUserRegCount && (i + 1) * 8 <= b.size(); ++i) {
    std::string name = kUserRegs[i];
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out += fmt::format("{}{}={}", i ? ", " : "", name, Hex(Field<uint64_t>(b, i * 8)));
  }
  return out + "}";
}

// GETREGSET/SETREGSET's iovec: as the kernel left it after a GETREGSET,
// with the NT_PRSTATUS registers it wrote at its base.
std::string Regset(const CallContext& c) {
  uint64_t ptr = c.rec.args[3];
  const Capture* at_exit = !c.failed() && c.rec.args[0] == proto::kPtraceGetRegset ? DataCopy(c, proto::kAtExit, 16) : nullptr;
  const Capture* cap = at_exit != nullptr ? at_exit : DataCopy(c, proto::kAtEntry, 16);
  if (cap == nullptr) return Pointer(ptr);
  const Capture* regs = at_exit != nullptr ? c.captures.Find(proto::kPtraceRegsArg, proto::kAtExit) : nullptr;
  std::string base = regs != nullptr && !regs->faulted() ? UserRegs(regs->data) : Pointer(Field<uint64_t>(cap->data, 0));
  return fmt::format("{{iov_base={}, iov_len={}}}", base, Field<uint64_t>(cap->data, 8));
}

// struct ptrace_syscall_info (<linux/ptrace.h>): u8 op, u32 arch at 4, the
// instruction and stack pointers at 8 and 16, then by op the entry's
// {nr, args[6]}, the exit's {rval, is_error} or seccomp's {nr, args[6],
// ret_data}, each shown when the bytes hold it whole.
std::string SyscallNumber(uint64_t nr, uint32_t arch) {
  constexpr uint32_t kAuditArchX8664 = 0xc000003e;
  const table::SyscallInfo* known = arch == kAuditArchX8664 ? table::SyscallByNumber(static_cast<int>(nr)) : nullptr;
  return known != nullptr ? std::string("__NR_") + known->name : fmt::format("{}", nr);
}

std::string SyscallArgs(std::string_view b, size_t at) {
  std::string out = "[";
  for (size_t i = 0; i < 6; ++i) out += (i ? ", " : "") + Hex(Field<uint64_t>(b, at + 8 * i));
  return out + "]";
}

std::string SyscallInfo(const CallContext& c) {
  uint64_t wanted = std::min<uint64_t>(c.rec.args[2], static_cast<uint64_t>(c.rec.ret));
  const Capture* cap = c.failed() || wanted == 0 ? nullptr : DataCopy(c, proto::kAtExit, std::min<uint64_t>(wanted, 8));
  if (cap == nullptr) return Pointer(c.rec.args[3]);
  std::string_view b = cap->data.substr(0, std::min<uint64_t>(wanted, cap->data.size()));
  if (b.size() < 8) return Pointer(c.rec.args[3]);
  uint8_t op = Field<uint8_t>(b, 0);
  uint32_t arch = Field<uint32_t>(b, 4);
  std::string out = "{op=" + FormatFlags("ptrace_syscall_info_op", op) + ", arch=" + FormatFlags("audit_arch", arch);
  if (b.size() >= 24)
    out += ", instruction_pointer=" + Hex(Field<uint64_t>(b, 8)) + ", stack_pointer=" + Hex(Field<uint64_t>(b, 16));
  if (op == 1 && b.size() >= 80)
    out += ", entry={nr=" + SyscallNumber(Field<uint64_t>(b, 24), arch) + ", args=" + SyscallArgs(b, 32) + "}";
  if (op == 2 && b.size() >= 33)
    out += fmt::format(", exit={{rval={}, is_error={}}}", Field<int64_t>(b, 24), Field<uint8_t>(b, 32));
  if (op == 3 && b.size() >= 84)
    out += ", seccomp={nr=" + SyscallNumber(Field<uint64_t>(b, 24), arch) + ", args=" + SyscallArgs(b, 32) +
           fmt::format(", ret_data={}}}", Field<uint32_t>(b, 80));
  return out + "}";
}

// The data argument of the requests whose data strace reads.
std::string DataPointee(const CallContext& c, Data data) {
  bool setter = c.rec.args[0] == proto::kPtraceSetSigInfo || c.rec.args[0] == proto::kPtraceSetSigMask;
  uint8_t phase = setter ? proto::kAtEntry : proto::kAtExit;
  const Capture* cap = setter || !c.failed() ? DataCopy(c, phase, data == Data::kSiginfo ? 128 : 8) : nullptr;
  if (cap == nullptr) return Pointer(c.rec.args[3]);
  uint64_t word = Field<uint64_t>(cap->data, 0);
  switch (data) {
    case Data::kSiginfo: return FormatStruct("siginfo", cap->data, c.options).value_or(Pointer(c.rec.args[3]));
    case Data::kSigmask: return FormatSigset(word);
    case Data::kEventMsg: return fmt::format("[{}]", word);
    default: return "[" + Hex(word) + "]";
  }
}

std::vector<std::string> Ptrace(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  Data data = Data::kPointer;
  for (const Request& r : kRequests)
    if (r.request == a[0]) data = r.data;
  // A request is a long: one with bits above the low 32 set has no name
  // (the enum table's lookup would match the low half).
  std::vector<std::string> out = {a[0] >> 32 ? UnknownConstant(Hex(a[0]), "PTRACE_???") : FormatArgument(c, 0)};
  if (a[0] == 0) return out;  // PTRACE_TRACEME: no pid either
  out.push_back(FormatArgument(c, 1));
  if (data == Data::kNone) return out;
  if (data == Data::kDataOnly) {  // SETREGS's registers, as strace reads them at entry
    const Capture* regs = a[0] == proto::kPtraceSetRegs ? DataCopy(c, proto::kAtEntry, proto::kUserRegsBytes) : nullptr;
    return out.push_back(regs != nullptr ? UserRegs(regs->data) : Pointer(a[3])), out;
  }
  out.push_back(data == Data::kUserOffset                      ? UserOffset(a[2])
                : data == Data::kRegset                        ? FormatFlags("nt_type", a[2])
                : data == Data::kSize || data == Data::kSigmask || data == Data::kIndex ? fmt::format("{}", a[2])
                : data == Data::kPeekSiginfo                   ? PeekSiginfoArgs(c)
                                                               : Pointer(a[2]));
  switch (data) {
    case Data::kRegset: out.push_back(Regset(c)); break;
    case Data::kUserOffset: out.push_back(a[0] == 6 ? Hex(a[3]) : DataPointee(c, Data::kPeek)); break;
    case Data::kPeek: case Data::kEventMsg: case Data::kSiginfo: case Data::kSigmask: out.push_back(DataPointee(c, data)); break;
    case Data::kSize: out.push_back(a[0] == proto::kPtraceGetSyscallInfo ? SyscallInfo(c) : Pointer(a[3])); break;
    case Data::kSignal: out.push_back(a[3] == 0 ? "0" : SignalConstant(static_cast<int>(a[3]))); break;
    case Data::kOptions: out.push_back(FormatFlags("ptrace_options", a[3])); break;
    case Data::kWord: out.push_back(Hex(a[3])); break;
    default: out.push_back(Pointer(a[3]));
  }
  return out;
}

}  // namespace

const ArgumentsDecoder kPtraceArguments = Ptrace;

}  // namespace lzp::cli
