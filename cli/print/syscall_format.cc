// cli/print/syscall_format.cc — the default decoder: each argument printed from its
// kind in syscalltable/syscalls.tbl and the data captured in the tracee.
//
// Numbers in decimal, modes in octal, AT_FDCWD, signals and flags by name;
// strings and buffers quoted and cut at -s; structs by their decoders
// (cli/decode/). A pointer whose data was not captured — NULL, unreadable, or
// an output of a failed call — prints as strace prints it: NULL or its address.
#include "cli/print/syscall_format.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/fd_details.h"
#include "cli/print/append_text.h"
#include "cli/print/const_style.h"
#include "cli/print/pid_names.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"

namespace lzp::cli {

using table::ArgKind;
using table::RetKind;

HexStyle StyleOf(const FormatOptions& o) {
  return o.hex >= 2 ? HexStyle::kAll : o.hex == 1 ? HexStyle::kNonPrintable : HexStyle::kNone;
}

namespace {

constexpr int64_t kAtFdcwd = -100;

// A captured buffer: at most -s bytes shown, "..." when there was more.
std::string Buffer(const Capture* c, uint64_t ptr, uint64_t total, const FormatOptions& o, bool force_hex = false) {
  if (c == nullptr || c->faulted() || ptr == 0) return Pointer(ptr);  // NULL, even of length 0
  std::string_view data = c->data.substr(0, std::min<uint64_t>(total, o.string_limit));
  return Quote(data, StyleOf(o), total > o.string_limit, force_hex);
}

std::string Argv(const Capture* c, uint64_t ptr, const FormatOptions& o) {
  if (c == nullptr || (c->faulted() && c->data.empty())) return Pointer(ptr);
  std::string out = "[";
  std::string_view d = c->data;
  size_t at = 0, n = 0;
  while (at + 4 <= d.size()) {
    uint16_t len = static_cast<uint8_t>(d[at]) | (static_cast<uint8_t>(d[at + 1]) << 8);
    uint8_t status = static_cast<uint8_t>(d[at + 2]);
    at += 4;
    if (len > d.size() - at) break;
    if (!o.verbose && n >= o.string_limit) return out + (n ? ", ...]" : "...]");  // copied whole for another call's -v
    if (n++) out += ", ";
    std::string_view s = d.substr(at, len);
    if (!(status & proto::kCaptureFaulted)) {
      out += Quote(s.substr(0, o.string_limit), StyleOf(o), s.size() > o.string_limit);
    } else if (s.size() == 8) {  // an unreadable string: its address
      uint64_t p;
      std::memcpy(&p, s.data(), 8);
      out += Pointer(p);
    } else {
      out += "???";
    }
    at += len;
  }
  if (c->truncated()) out += n ? ", ..." : "...";
  if (c->faulted()) out += fmt::format("{}... /* {} */", n ? ", " : "", Pointer(ptr + n * 8));  // the array ran into unreadable memory
  return out + "]";
}

}  // namespace

namespace {

// Whether `count` elements of `size` bytes at `addr` make an address range:
// a product that overflows 64 bits or an end that wraps past the top is no
// range, and strace prints the address without reading anything.
bool ArrayFits(uint64_t addr, uint64_t count, uint64_t size) {
  if (count == 0) return true;
  uint64_t bytes = count * size;
  return bytes / size == count && addr + bytes > addr;
}

// A sigset passed in with a size argument that is not the kernel's (8 bytes on x86-64): the
// kernel refuses it unread, and strace shows its address.
bool WrongSigsetSize(const CallContext& call, const table::ArgInfo& a) {
  if (a.kind != table::ArgKind::InStruct || a.table == nullptr || std::string_view(a.table) != "sigset") return false;
  for (int j = 0; j < call.info->nargs; ++j) {
    std::string_view name = call.info->args[j].name;
    if (name == "sigsetsize" || name == "sizemask") return call.rec.args[j] != 8;
  }
  return false;
}

}  // namespace

std::string FormatIovecs(const Capture* c, uint64_t ptr, const FormatOptions& o, bool addresses_only,
                         const IovecBaseText& base_text) {
  if (c == nullptr || (c->faulted() && c->data.empty())) return Pointer(ptr);
  std::string out = "[";
  std::string_view d = c->data;
  size_t at = 0, n = 0;
  while (at + sizeof(proto::CapturedIovec) <= d.size()) {
    proto::CapturedIovec v;
    std::memcpy(&v, d.data() + at, sizeof(v));
    at += sizeof(v);
    uint64_t captured = std::min<uint64_t>(v.captured, d.size() - at);
    if (n++) out += ", ";
    if (!o.verbose && n > o.string_limit) {
      out += "...";
      break;
    }
    std::string base = (v.status & proto::kCaptureFaulted) || addresses_only || v.base == 0 ? Pointer(v.base)
                       : base_text ? base_text(d.substr(at, captured), v.len)
                       : Quote(d.substr(at, std::min<uint64_t>(captured, o.string_limit)), StyleOf(o), v.len > o.string_limit && captured > o.string_limit);
    out += fmt::format("{{iov_base={}, iov_len={}}}", base, v.len);
    at += (captured + 7) & ~uint64_t{7};
  }
  // The array ran into unreadable memory after n elements (before the -s cut
  // the capture also marks): strace's "... /* address */".
  if (c->faulted() && n <= o.string_limit) out += fmt::format(", ... /* {} */", Pointer(ptr + n * 16));
  else if (c->truncated() && n <= o.string_limit) out += n ? ", ..." : "...";
  return out + "]";
}


std::string Pointer(uint64_t value) {
  if (value == 0) return "NULL";
  std::string out;
  AppendHex0x(out, value);
  return out;
}

std::string SyscallName(uint64_t nr) {
  const table::SyscallInfo* info = table::SyscallByNumber(nr);
  return info ? info->name : fmt::format("syscall_{:#x}", nr);
}

void AppendSyscallName(std::string& out, uint64_t nr) {
  const table::SyscallInfo* info = table::SyscallByNumber(nr);
  if (info != nullptr) {
    out += info->name;
  } else {
    out += "syscall_";
    AppendHex0x(out, nr);
  }
}

std::string SignalLabel(int sig) {
  if (const char* name = table::SignalName(sig)) return name;
  if (sig == 32) return "SIGRTMIN";
  if (sig > 32 && sig <= 64) return fmt::format("SIGRT_{}", sig - 32);
  return fmt::format("{}", sig);
}

std::string SignalConstant(int sig) {
  std::string label = SignalLabel(sig);
  std::string number = fmt::format("{}", sig);
  return StyledConstant(number, label == number ? "" : label);
}

std::string DirFdNumber(int32_t fd) {
  return StyledConstant(fmt::format("{}", fd), fd == kAtFdcwd ? "AT_FDCWD" : "");
}

// -y: "N</path>" when the interposer recorded what fd N refers to. The path
// is quoted as strace quotes it there (C escapes, and '<' '>' as numbers,
// without the double quotes); the kernel's " (deleted)" goes after the '>'.
std::string WithFdPath(const CallContext& call, int arg, std::string number) {
  if (!call.options.decode_fds) return number;
  const Capture* c = call.captures.Find(arg, proto::kFdPath);
  if (c == nullptr || c->faulted()) return number;
  bool deleted = false;
  std::string_view path = LinkPath(c->data, &deleted);
  std::string quoted = Quote(path, StyleOf(call.options), false, false, "<>");
  quoted = quoted.substr(1, quoted.size() - 2);
  std::string annotation = FdAnnotation(quoted, call.captures.Find(arg, proto::kFdDetails), call.options.decode_fds);
  if (annotation.empty()) return number;
  return number + "<" + annotation + ">" + (deleted ? "(deleted)" : "");
}

// A number in decimal, with the signedness of the kernel's type.
std::string Decimal(uint64_t v, table::ArgType type) {
  std::string out;
  if (table::IsSigned(type)) AppendSigned(out, table::KernelSigned(type, v));
  else AppendUnsigned(out, v);
  return out;
}

// The record as the kernel read it: each argument cut to its type's bits.
proto::SyscallRecord KernelView(const proto::SyscallRecord& rec, const table::SyscallInfo* info) {
  proto::SyscallRecord view = rec;
  if (info != nullptr)
    for (int i = 0; i < info->nargs; ++i) view.args[i] = table::KernelBits(info->args[i].type, rec.args[i]);
  return view;
}

namespace {

// An address the kernel writes (accept, getsockname, recvfrom...) is shown
// only as far as the length the caller gave in the socklen that follows it,
// as strace does: "accept(3, {sa_family=AF_UNIX}, [2 => 24])".
// An array that ran into unreadable memory (the capture kept the whole
// elements before the fault): those elements, then strace's
// "... /* address of the first unreadable one */", or "..." when more than
// -s of them came first (strace reads an element before it checks -s; not
// under -v). Nothing readable, or not an array: the address.
std::string PartialArray(const char* table, std::string_view data, uint64_t ptr, const FormatOptions& o) {
  uint32_t size = table::ArrayElementSize(table);
  uint64_t n = size ? data.size() / size : 0;
  if (n == 0) return Pointer(ptr);
  bool cut = !o.verbose && n > o.string_limit;
  if (cut) n = o.string_limit;
  if (n == 0) return "[...]";  // -s 0
  std::optional<std::string> text = FormatStruct(table, data.substr(0, n * size), o);
  if (!text || text->size() < 2 || text->back() != ']') return Pointer(ptr);
  text->pop_back();
  return *text + (cut ? ", ...]" : fmt::format(", ... /* {} */]", Pointer(ptr + n * size)));
}

std::string_view CallerSized(const CallContext& call, int i, std::string_view data) {
  const table::ArgInfo& a = call.info->args[i];
  // openat2's how: as long as its size argument says (shorter than the first version: an address).
  if (a.kind == ArgKind::InStruct && std::string_view(a.table) == "open_how" && i + 1 < call.info->nargs)
    return data.substr(0, std::min<uint64_t>(call.rec.args[i + 1], data.size()));
  // connect/bind/sendto's address with a negative (int) length: the kernel refuses it, strace shows the address.
  if (a.kind == ArgKind::InStruct && std::string_view(a.table) == "sockaddr" && i + 1 < call.info->nargs &&
      static_cast<int32_t>(call.rec.args[i + 1]) < 0)
    return data.substr(0, 0);
  if (a.kind != ArgKind::OutStruct || std::string_view(a.table) != "sockaddr" || i + 1 >= call.info->nargs) return data;
  const table::ArgInfo& length = call.info->args[i + 1];
  if (length.kind != ArgKind::InOutStruct || std::string_view(length.table) != "socklen") return data;
  const Capture* given = call.captures.Find(i + 1, proto::kAtEntry);
  if (given == nullptr || given->faulted() || given->data.size() < 4) return data;
  return data.substr(0, std::min<size_t>(Field<uint32_t>(given->data, 0), data.size()));
}

}  // namespace

std::string FormatArgument(const CallContext& call, int i) {
  uint64_t v = call.rec.args[i];
  if (call.info == nullptr) return Hex(v);
  const table::ArgInfo& a = call.info->args[i];
  const FormatOptions& o = call.options;
  switch (a.kind) {
    case ArgKind::Fd: return WithFdPath(call, i, fmt::format("{}", static_cast<int32_t>(v)));
    case ArgKind::DirFd:
      return WithFdPath(call, i, DirFdNumber(static_cast<int32_t>(v)));
    case ArgKind::Signal: return SignalConstant(static_cast<int32_t>(v));
    case ArgKind::ClockId: return FormatFlags("clockid", static_cast<uint32_t>(v));
    case ArgKind::Int: return fmt::format("{}", static_cast<int32_t>(v));
    case ArgKind::Pid:
      return fmt::format("{}", static_cast<int32_t>(v)) +
             (o.pid_names ? o.pid_names->Suffix(static_cast<pid_t>(static_cast<int32_t>(v))) : "");
    case ArgKind::Uid: case ArgKind::Gid:
      return static_cast<int32_t>(v) == -1 ? "-1" : fmt::format("{}", static_cast<uint32_t>(v));
    case ArgKind::Uint: case ArgKind::Long: case ArgKind::Ssize: case ArgKind::Off: case ArgKind::Ulong:
    case ArgKind::Size:
      return Decimal(v, a.type);
    case ArgKind::Mode: case ArgKind::Oct: return fmt::format("{:#03o}", v);
    case ArgKind::Hex: return Hex(v);
    case ArgKind::Flags: case ArgKind::Enum:
      return FormatFlags(a.table, a.kind == ArgKind::Enum ? v : static_cast<uint64_t>(v));
    case ArgKind::Ptr: return Pointer(v);
    case ArgKind::Remaining: {
      // The time a sleep had left, shown (as strace does) only when it was
      // cut short to be restarted, and never for an absolute clock_nanosleep.
      bool relative = call.rec.nr != SYS_clock_nanosleep || (call.rec.args[1] & 1 /* TIMER_ABSTIME */) == 0;
      const Capture* c = call.captures.Find(i, proto::kAtExit);
      if (v == 0 || !relative || call.rec.ret == -4 || !proto::InterruptedBySignal(call.rec.ret) || c == nullptr ||
          c->faulted() || !o.structs)
        return Pointer(v);
      return FormatStruct(a.table, c->data, o).value_or(Pointer(v));
    }
    case ArgKind::Path: case ArgKind::String: {
      if (v == 0) return "NULL";
      const Capture* c = call.captures.Find(i, proto::kAtEntry);
      if (c == nullptr || c->faulted()) return Pointer(v);
      bool is_path = a.kind == ArgKind::Path;
      // A path: whole up to PATH_MAX - 1 bytes; a longer one, that much and "..." (strace's buffer).
      std::string_view s = is_path ? c->data.substr(0, c->truncated() ? proto::kPathCaptureMax - 1 : c->data.size())
                                   : c->data.substr(0, o.string_limit);
      return Quote(s, StyleOf(o), is_path ? c->truncated() : c->data.size() > o.string_limit);
    }
    case ArgKind::InBuf:
      return Buffer(call.captures.Find(i, proto::kAtEntry), v, call.rec.args[a.param], o);
    case ArgKind::OutBuf:
      if (call.failed()) return Pointer(v);  // filled up to the result, but never past its length (MSG_TRUNC)
      return Buffer(call.captures.Find(i, proto::kAtExit), v,
                    std::min(static_cast<uint64_t>(call.rec.ret), call.rec.args[a.param]), o);
    case ArgKind::InIovec: case ArgKind::AddrIovec: case ArgKind::OutIovec:
      if (!ArrayFits(v, call.rec.args[a.param], 16 /* struct iovec */)) return Pointer(v);
      if (a.kind == ArgKind::InIovec) return FormatIovecs(call.captures.Find(i, proto::kAtEntry), v, o);
      if (a.kind == ArgKind::AddrIovec) return FormatIovecs(call.captures.Find(i, proto::kAtEntry), v, o, true);
      // a failed call's output array is shown without contents (the kernel filled none)
      return FormatIovecs(call.captures.Find(i, proto::kAtExit), v, o, call.failed());
    case ArgKind::InStruct: case ArgKind::OutStruct: case ArgKind::InOutStruct: {
      if (v == 0) return "NULL";
      if (!o.structs || WrongSigsetSize(call, a)) return Pointer(v);  // -e verbose=none
      // accept/accept4 with no address: strace shows the length's address, unread.
      bool accepts = call.rec.nr == SYS_accept || call.rec.nr == SYS_accept4;
      if (accepts && std::string_view(a.table) == "socklen" && call.rec.args[i - 1] == 0) return Pointer(v);
      // An array read at entry (structs.tbl's "count" sizing): "[]" for no
      // elements, the address for a count whose bytes overflow or wrap.
      if (uint32_t size = table::ArrayElementSize(a.table); size != 0 && a.param >= 0 && a.kind != ArgKind::OutStruct) {
        if (call.rec.args[a.param] == 0) return "[]";
        if (!ArrayFits(v, call.rec.args[a.param], size)) return Pointer(v);
      }
      const Capture* c = a.kind == ArgKind::InStruct      ? call.captures.Find(i, proto::kAtEntry)
                         : a.kind == ArgKind::OutStruct ? (call.failed() ? nullptr : call.captures.Find(i, proto::kAtExit))
                                                        : call.captures.Find(i, proto::kAtEntry);
      if (c == nullptr) return Pointer(v);
      if (c->faulted()) return PartialArray(a.table, c->data, v, o);
      std::optional<std::string> text = FormatStruct(a.table, CallerSized(call, i, c->data), o);
      if (!text) return Pointer(v);
      // A length the kernel rewrote: "[128 => 16]", as strace shows it.
      const Capture* back = a.kind == ArgKind::InOutStruct && !call.failed() ? call.captures.Find(i, proto::kAtExit) : nullptr;
      if (std::string_view(a.table) == "socklen" && back != nullptr && !back->faulted() && back->data.size() >= 4 &&
          c->data.size() >= 4 && back->data.substr(0, 4) != c->data.substr(0, 4))
        return fmt::format("[{} => {}]", Field<uint32_t>(c->data, 0), Field<uint32_t>(back->data, 0));
      return *text;
    }
    case ArgKind::Argv: return Argv(call.captures.Find(i, proto::kAtEntry), v, o);
    case ArgKind::OutPath: {
      const Capture* c = call.failed() ? nullptr : call.captures.Find(i, proto::kAtExit);
      if (c == nullptr || c->faulted()) return Pointer(v);
      return Quote(c->data, StyleOf(o), false);
    }
    case ArgKind::Dirents: {
      const Capture* c = call.failed() ? nullptr : call.captures.Find(i, proto::kAtExit);
      if (c == nullptr || c->faulted() || c->data.size() < 8) return Pointer(v);
      const Capture* entries = o.verbose ? call.captures.Find(proto::kDirentBytesArg, proto::kAtExit) : nullptr;
      if (entries != nullptr && !entries->faulted() && !entries->truncated())  // -v: the entries themselves
        return FormatDirents(entries->data, call.rec.nr == SYS_getdents64, o);
      uint64_t count;
      std::memcpy(&count, c->data.data(), 8);
      return fmt::format("{} /* {} entries */", Pointer(v), count);
    }
    case ArgKind::Envp: {
      const Capture* c = call.captures.Find(i, proto::kAtEntry);
      if (v == 0) return "NULL";
      if (c == nullptr || c->data.size() < 8) return Pointer(v);
      const Capture* strings = o.verbose ? call.captures.Find(proto::kEnvStringsArg, proto::kAtEntry) : nullptr;
      if (strings != nullptr) return Argv(strings, v, o);  // -v: the variables themselves
      uint64_t count;
      std::memcpy(&count, c->data.data(), 8);
      if (c->faulted() && count == 0) return Pointer(v);  // not even the first slot was readable
      return fmt::format("{:#x} /* {} var{}{} */", v, count, count == 1 ? "" : "s", c->faulted() ? ", unterminated" : "");
    }
  }
  return Hex(v);
}

// Calls whose address comes back through a length cell: with no readable
// cell (NULL, or it faulted) strace has nothing to wait for and prints the
// whole call at entry ("accept(3, NULL, NULL <unfinished ...>").
struct LengthCellCall { uint64_t nr; int length_arg; };
constexpr LengthCellCall kLengthCellCalls[] = {
    {SYS_accept, 2}, {SYS_accept4, 2}, {SYS_getsockname, 2}, {SYS_getpeername, 2}};

bool WholeAtEntry(const proto::SyscallRecord& rec, const Captures& captures) {
  for (const LengthCellCall& c : kLengthCellCalls) {
    if (c.nr != rec.nr) continue;
    const Capture* cell = captures.Find(c.length_arg, proto::kAtEntry);
    return rec.args[c.length_arg] == 0 || cell == nullptr || cell->faulted();
  }
  return false;
}

bool Raw(const proto::SyscallRecord& rec, const FormatOptions& options) {
  return options.raw != nullptr && rec.nr < 512 && options.raw->test(rec.nr);
}

std::vector<std::string> FormatArguments(const proto::SyscallRecord& rec, const Captures& captures,
                                         const FormatOptions& given, size_t* at_entry) {
  FormatOptions options = given;  // -e abbrev=/verbose= decide per syscall
  if (given.pid_names != nullptr) given.pid_names->SetMoment(rec.tsc_enter);  // -Y: names as at the entry
  if (rec.nr < 512) {
    if (given.abbrev != nullptr) options.verbose = !given.abbrev->test(rec.nr);
    if (given.decoded != nullptr && !given.decoded->test(rec.nr)) options.structs = false;
  }
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  std::vector<std::string> args;
  if (Raw(rec, options)) {  // -e raw=: every argument as a number in hex, as strace's %#lx
    int n = info ? info->nargs : 6;
    for (int i = 0; i < n; ++i) args.push_back(Hex(rec.args[i]));
    if (at_entry != nullptr) *at_entry = args.size();
    return args;
  }
  proto::SyscallRecord view = KernelView(rec, info);
  CallContext call{view, info, captures, options};
  const SpecialSyscall* special = FindSpecial(rec.nr);
  if (special != nullptr && special->arguments != nullptr) {
    args = special->arguments(call);
  } else {
    int n = call.info ? call.info->nargs : 6;
    args.reserve(n);
    for (int i = 0; i < n; ++i) args.push_back(FormatArgument(call, i));
  }
  if (at_entry != nullptr && special != nullptr && special->entry_args >= 0) {
    *at_entry = std::min(args.size(), static_cast<size_t>(special->entry_args));
  } else if (at_entry != nullptr) {
    *at_entry = args.size();
    if (call.info != nullptr && args.size() == call.info->nargs && !WholeAtEntry(rec, captures))
      for (size_t i = 0; i < args.size(); ++i) {
        ArgKind k = call.info->args[i].kind;
        if (k == ArgKind::OutBuf || k == ArgKind::OutStruct || k == ArgKind::OutIovec || k == ArgKind::Dirents ||
            k == ArgKind::OutPath || k == ArgKind::Remaining) {
          *at_entry = i;
          break;
        }
      }
  }
  return args;
}

std::string FormatCall(const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options) {
  return CallText(SyscallName(rec.nr), FormatArguments(rec, captures, options, nullptr));
}

namespace {

// The argument kinds printed from the register alone (no capture, no table,
// no option that changes them), appended straight to `out`; false for every
// other kind, which FormatArgument prints. Must print exactly what
// FormatArgument prints for these kinds.
bool AppendPlainArgument(std::string& out, const CallContext& call, int i) {
  uint64_t v = call.rec.args[i];
  const table::ArgInfo& a = call.info->args[i];
  switch (a.kind) {
    case ArgKind::Fd:
      if (call.options.decode_fds) return false;  // -y: WithFdPath
      AppendSigned(out, static_cast<int32_t>(v));
      return true;
    case ArgKind::DirFd:
      if (call.options.decode_fds || !ConstantsAbbreviated()) return false;
      if (static_cast<int32_t>(v) == kAtFdcwd) out += "AT_FDCWD";
      else AppendSigned(out, static_cast<int32_t>(v));
      return true;
    case ArgKind::Int: AppendSigned(out, static_cast<int32_t>(v)); return true;
    case ArgKind::Pid:
      if (call.options.pid_names) return false;  // -Y
      AppendSigned(out, static_cast<int32_t>(v));
      return true;
    case ArgKind::Uid: case ArgKind::Gid:
      if (static_cast<int32_t>(v) == -1) out += "-1";
      else AppendUnsigned(out, static_cast<uint32_t>(v));
      return true;
    case ArgKind::Uint: case ArgKind::Long: case ArgKind::Ssize: case ArgKind::Off: case ArgKind::Ulong:
    case ArgKind::Size:
      if (table::IsSigned(a.type)) AppendSigned(out, table::KernelSigned(a.type, v));
      else AppendUnsigned(out, v);
      return true;
    case ArgKind::Hex:
      if (v == 0) out += '0';
      else AppendHex0x(out, v);
      return true;
    case ArgKind::Ptr:
      if (v == 0) out += "NULL";
      else AppendHex0x(out, v);
      return true;
    default: return false;
  }
}

}  // namespace

void AppendCall(std::string& out, const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& given) {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  const SpecialSyscall* special = FindSpecial(rec.nr);
  if (info == nullptr || Raw(rec, given) || (special != nullptr && special->arguments != nullptr)) {
    out += FormatCall(rec, captures, given);  // the general path: a decoder's own vector of arguments
    return;
  }
  FormatOptions options = given;  // as FormatArguments: -e abbrev=/verbose= decide per syscall
  if (rec.nr < 512) {
    if (given.abbrev != nullptr) options.verbose = !given.abbrev->test(rec.nr);
    if (given.decoded != nullptr && !given.decoded->test(rec.nr)) options.structs = false;
  }
  proto::SyscallRecord view = KernelView(rec, info);
  CallContext call{view, info, captures, options};
  out += info->name;
  out += '(';
  for (int i = 0; i < info->nargs; ++i) {
    if (i) out += ", ";
    if (!AppendPlainArgument(out, call, i)) out += FormatArgument(call, i);
  }
  out += ')';
}

std::string CallText(const std::string& name, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(96);
  out += name;
  out += '(';
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += args[i];
  }
  out += ')';
  return out;
}

// What -e inject= did to the call, in strace's words: " (INJECTED)" for a
// result it made, " (INJECTED: args)" for memory a poke wrote, both
// " (INJECTED: args, retval)"; then " (DELAYED)".
static std::string InjectedSuffix(uint32_t flags) {
  std::string out;
  bool retval = flags & proto::kInjected, args = flags & proto::kInjectedArgs;
  if (args) out = retval ? " (INJECTED: args, retval)" : " (INJECTED: args)";
  else if (retval) out = " (INJECTED)";
  if (flags & proto::kDelayed) out += " (DELAYED)";
  return out;
}

std::string FormatReturn(const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options) {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  RetKind kind = info ? info->ret : RetKind::Long;
  if (rec.flags & proto::kNoReturn) return "= ?";
  const std::string injected = InjectedSuffix(rec.flags);
  int64_t r = rec.ret;
  if (r < 0 && r >= -4095 && !(rec.flags & proto::kInjectedRetval)) {  // (retval=-1: "= -1 (INJECTED)")
    const table::ErrnoInfo* e = table::ErrnoByNumber(static_cast<int>(-r));
    bool restart = -r >= 512 && -r <= 516;
    if (e == nullptr) return fmt::format("= -1 {} (Unknown error {}){}", -r, -r, injected);
    return fmt::format("= {} {} ({}){}", restart ? "?" : "-1", e->name, e->message, injected);
  }
  if (Raw(rec, options)) return "= " + Hex(static_cast<uint64_t>(r)) + injected;
  std::string value;
  switch (kind) {
    case RetKind::Addr: case RetKind::Hex: value = fmt::format("{:#x}", static_cast<uint64_t>(r)); break;
    case RetKind::Oct: value = fmt::format("{:#03o}", static_cast<uint64_t>(r)); break;
    default: value = fmt::format("{}", r);
  }
  proto::SyscallRecord view = KernelView(rec, info);
  CallContext call{view, info, captures, options};
  if (kind == RetKind::Fd) value = WithFdPath(call, proto::kReturnArg, value);
  if (kind == RetKind::Pid && options.pid_names) {  // -Y: the name as at the exit (none for a child just reaped)
    options.pid_names->SetMoment(rec.tsc_exit);
    value += options.pid_names->Suffix(static_cast<pid_t>(r));
  }
  const SpecialSyscall* special = FindSpecial(rec.nr);
  if (special != nullptr && special->annotate != nullptr) return "= " + special->annotate(call, value) + injected;
  return "= " + value + injected;
}

void AppendReturn(std::string& out, const proto::SyscallRecord& rec, const Captures& captures,
                  const FormatOptions& options) {
  // Only the common shapes here ("= 3", "= 0x7f...", "= -1 ENOENT (...)");
  // everything else as FormatReturn writes it.
  auto general = [&] { out += FormatReturn(rec, captures, options); };
  if (rec.flags & (proto::kNoReturn | proto::kInjected | proto::kInjectedArgs | proto::kDelayed)) return general();
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  RetKind kind = info ? info->ret : RetKind::Long;
  int64_t r = rec.ret;
  if (r < 0 && r >= -4095 && !(rec.flags & proto::kInjectedRetval)) {  // (retval=-1: "= -1 (INJECTED)")
    const table::ErrnoInfo* e = table::ErrnoByNumber(static_cast<int>(-r));
    if (e == nullptr) return general();
    out += (-r >= 512 && -r <= 516) ? "= ? " : "= -1 ";
    out += e->name;
    out += " (";
    out += e->message;
    out += ')';
    return;
  }
  if (Raw(rec, options) || (kind == RetKind::Fd && options.decode_fds) || (kind == RetKind::Pid && options.pid_names) ||
      kind == RetKind::Oct)
    return general();
  const SpecialSyscall* special = FindSpecial(rec.nr);
  if (special != nullptr && special->annotate != nullptr) return general();
  out += "= ";
  if (kind == RetKind::Addr || kind == RetKind::Hex) AppendHex0x(out, static_cast<uint64_t>(r));
  else AppendSigned(out, r);
}

std::string FormatCall(const proto::SyscallRecord& rec) { return FormatCall(rec, Captures(), FormatOptions()); }
std::string FormatReturn(const proto::SyscallRecord& rec) { return FormatReturn(rec, Captures(), FormatOptions()); }

}  // namespace lzp::cli
