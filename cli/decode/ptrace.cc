// cli/decode/ptrace.cc — ptrace(request, pid, addr, data) as strace prints
// it: requests that take neither address nor data stop after the pid;
// resuming requests show data as a signal, PTRACE_SETOPTIONS/SEIZE as
// options, the POKE requests as the word written; the register requests
// (PTRACE_GETREGS and friends) only their data pointer; PTRACE_PEEKUSER and
// PTRACE_POKEUSER's offset as a register ("8*RDI", struct user_regs_struct
// of <sys/user.h>), PTRACE_GETREGSET/SETREGSET's note type
// (nt_type.tbl) and iovec (copied by the interposer at entry), and
// PTRACE_GET_SYSCALL_INFO's size in decimal; the others print both as
// pointers (what the caller passed: the words they point to are not captured).
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// How strace prints a request's data argument. <linux/ptrace.h>, <asm/ptrace-abi.h>.
enum class Data { kNone, kSignal, kOptions, kWord, kPointer, kDataOnly, kUserOffset, kRegset, kSize };
struct Request { uint32_t request; Data data; };
constexpr Request kRequests[] = {
    {0, Data::kNone},    {16, Data::kNone},   {8, Data::kNone},    {0x4207, Data::kNone},  // TRACEME ATTACH KILL INTERRUPT
    {7, Data::kSignal},  {17, Data::kSignal}, {24, Data::kSignal}, {9, Data::kSignal},     // CONT DETACH SYSCALL SINGLESTEP
    {31, Data::kSignal}, {32, Data::kSignal}, {33, Data::kSignal}, {0x4208, Data::kSignal},  // SYSEMU* SINGLEBLOCK LISTEN
    {0x4200, Data::kOptions}, {0x4206, Data::kOptions},                                       // SETOPTIONS SEIZE
    {4, Data::kWord},    {5, Data::kWord},                                                    // POKETEXT POKEDATA
    {12, Data::kDataOnly}, {13, Data::kDataOnly}, {14, Data::kDataOnly}, {15, Data::kDataOnly},  // GET/SETREGS GET/SETFPREGS
    {18, Data::kDataOnly}, {19, Data::kDataOnly},                                              // GET/SETFPXREGS
    {3, Data::kUserOffset}, {6, Data::kUserOffset},                                            // PEEKUSER POKEUSER
    {0x4204, Data::kRegset}, {0x4205, Data::kRegset},                                          // GETREGSET SETREGSET
    {0x420e, Data::kSize},                                                                     // GET_SYSCALL_INFO
};

// struct user_regs_struct's fields in order (<sys/user.h>): PEEKUSER's offset 8*i.
constexpr const char* kUserRegs[] = {"R15", "R14", "R13", "R12", "RBP", "RBX", "R11", "R10", "R9",
                                     "R8", "RAX", "RCX", "RDX", "RSI", "RDI", "ORIG_RAX", "RIP", "CS",
                                     "EFLAGS", "RSP", "SS", "FS_BASE", "GS_BASE", "DS", "ES", "FS", "GS"};

std::string UserOffset(uint64_t offset) {
  constexpr uint64_t kRegs = sizeof(kUserRegs) / sizeof(kUserRegs[0]);
  if (offset % 8 != 0 || offset / 8 >= kRegs) return Hex(offset);
  return fmt::format("8*{}", kUserRegs[offset / 8]);
}

std::string Regset(const CallContext& c) {
  uint64_t ptr = c.rec.args[3];
  const Capture* cap = ptr != 0 ? c.captures.Find(3, proto::kAtEntry) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < 16) return Pointer(ptr);
  return fmt::format("{{iov_base={}, iov_len={}}}", Pointer(Field<uint64_t>(cap->data, 0)), Field<uint64_t>(cap->data, 8));
}

std::vector<std::string> Ptrace(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  Data data = Data::kPointer;
  for (const Request& r : kRequests)
    if (r.request == a[0]) data = r.data;
  std::vector<std::string> out = {FormatArgument(c, 0)};
  if (a[0] == 0) return out;  // PTRACE_TRACEME: no pid either
  out.push_back(FormatArgument(c, 1));
  if (data == Data::kNone) return out;
  if (data == Data::kDataOnly) return out.push_back(Pointer(a[3])), out;
  out.push_back(data == Data::kUserOffset ? UserOffset(a[2])
                : data == Data::kRegset   ? FormatFlags("nt_type", a[2])
                : data == Data::kSize     ? fmt::format("{}", a[2])
                                          : Pointer(a[2]));
  switch (data) {
    case Data::kRegset: out.push_back(Regset(c)); break;
    case Data::kUserOffset: out.push_back(a[0] == 6 ? Hex(a[3]) : Pointer(a[3])); break;
    case Data::kSignal: out.push_back(a[3] == 0 ? "0" : SignalLabel(static_cast<int>(a[3]))); break;
    case Data::kOptions: out.push_back(FormatFlags("ptrace_options", a[3])); break;
    case Data::kWord: out.push_back(Hex(a[3])); break;
    default: out.push_back(Pointer(a[3]));
  }
  return out;
}

}  // namespace

const ArgumentsDecoder kPtraceArguments = Ptrace;

}  // namespace lzp::cli
