// cli/decode/ptrace.cc — ptrace(request, pid, addr, data) as strace prints
// it: requests that take neither address nor data stop after the pid;
// resuming requests show data as a signal, PTRACE_SETOPTIONS/SEIZE as
// options, the POKE requests as the word written; the others print both as
// pointers (what the caller passed: the words they point to are not captured).
#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// How strace prints a request's data argument. <linux/ptrace.h>, <asm/ptrace-abi.h>.
enum class Data { kNone, kSignal, kOptions, kWord, kPointer };
struct Request { uint32_t request; Data data; };
constexpr Request kRequests[] = {
    {0, Data::kNone},    {16, Data::kNone},   {8, Data::kNone},    {0x4207, Data::kNone},  // TRACEME ATTACH KILL INTERRUPT
    {7, Data::kSignal},  {17, Data::kSignal}, {24, Data::kSignal}, {9, Data::kSignal},     // CONT DETACH SYSCALL SINGLESTEP
    {31, Data::kSignal}, {32, Data::kSignal}, {33, Data::kSignal}, {0x4208, Data::kSignal},  // SYSEMU* SINGLEBLOCK LISTEN
    {0x4200, Data::kOptions}, {0x4206, Data::kOptions},                                       // SETOPTIONS SEIZE
    {4, Data::kWord},    {5, Data::kWord},    {6, Data::kWord},                               // POKETEXT POKEDATA POKEUSER
};

std::vector<std::string> Ptrace(const CallContext& c) {
  const uint64_t* a = c.rec.args;
  Data data = Data::kPointer;
  for (const Request& r : kRequests)
    if (r.request == a[0]) data = r.data;
  std::vector<std::string> out = {FormatArgument(c, 0)};
  if (a[0] == 0) return out;  // PTRACE_TRACEME: no pid either
  out.push_back(FormatArgument(c, 1));
  if (data == Data::kNone) return out;
  out.push_back(Pointer(a[2]));
  switch (data) {
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
