// cli/print/trace_annotations.cc — what goes around a syscall line: -Y's task
// names learnt from the trace, -k's backtraces (after the line; exit's after
// the task's end, as strace), -e read=/write='s hex dumps.
#include <sys/syscall.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "cli/print/syscall_format.h"
#include "cli/print/trace_printer.h"

namespace lzp::cli {

// -Y: names the trace gives, each from its moment: PR_SET_NAME's (captured
// at entry, in effect from the exit), and a new task's creator's.
void TracePrinter::LearnNames(const proto::SyscallRecord& rec, const Captures& captures, pid_t tid, pid_t pid) {
  constexpr uint64_t kPrSetName = 15;
  if (!pid_names_->Knows(tid)) pid_names_->Inherit(tid, pid, rec.tsc_enter);  // a thread named as its process
  const Capture* name = rec.nr == SYS_prctl && rec.args[0] == kPrSetName && rec.ret == 0
                            ? captures.Find(1, proto::kAtEntry) : nullptr;
  if (name != nullptr && !name->faulted())  // from the call's end: its own line shows the old name
    pid_names_->Learn(tid, name->data.substr(0, name->data.find('\0')), rec.tsc_exit);
  if (IsCloneFamily(rec.nr) && rec.ret > 0) pid_names_->Inherit(static_cast<pid_t>(rec.ret), tid, rec.tsc_exit);
}

// -k: the stack the interposer saw at entry. exit and exit_group never
// return: strace prints their stacks when the task's end is reported. After
// exit_group, and after an execve that succeeded, the image the frames point
// into is gone (strace unwinds at the call's end), which shows in frames
// without a symbol.
std::string TracePrinter::Backtrace(const proto::SyscallRecord& rec, const Captures& captures) {
  const Capture* c = unwinder_ ? captures.Find(0, proto::kStackSnapshot) : nullptr;
  if (c == nullptr) return "";
  bool exits = rec.nr == SYS_exit || rec.nr == SYS_exit_group;
  bool image_gone = rec.nr == SYS_exit_group || (IsExec(rec.nr) && rec.ret == 0);
  std::string lines = unwinder_->Backtrace(static_cast<pid_t>(rec.pid), c->data, image_gone, rec.args);
  if (!exits) return lines;
  exit_backtrace_[static_cast<pid_t>(rec.tid)] = std::move(lines);
  return "";
}

// -k: where the signal interrupted the program.
std::string TracePrinter::SignalBacktrace(const Event& e) {
  if (!unwinder_) return "";
  Captures captures;
  if (!captures.Parse(reinterpret_cast<const uint8_t*>(e.payload.data()), e.payload.size())) return "";
  const Capture* c = captures.Find(0, proto::kStackSnapshot);
  return c ? unwinder_->Backtrace(static_cast<pid_t>(e.signal.pid), c->data) : "";
}

std::string TracePrinter::TakeExitBacktrace(pid_t tid) {
  auto it = exit_backtrace_.find(tid);
  if (it == exit_backtrace_.end()) return "";
  std::string lines = std::move(it->second);
  exit_backtrace_.erase(it);
  return lines;
}

// -e read=/write=: strace's hex dump of what the call read or wrote, after its line.
namespace {

// strace's hex dump lines: " | 00000  68 69 0a ...  hi.              |".
void AppendHexDump(std::string& out, std::string_view data) {
  for (size_t line = 0; line < data.size(); line += 16) {
    std::string hex, text;
    for (size_t j = 0; j < 16; ++j) {
      if (line + j < data.size()) {
        unsigned char b = static_cast<unsigned char>(data[line + j]);
        hex += fmt::format("{:02x} ", b);
        text += b >= 0x20 && b < 0x7f ? static_cast<char>(b) : '.';
      } else {
        hex += "   ";
        text += ' ';
      }
      if (j == 7) hex += ' ';
    }
    out += fmt::format("\n | {:05x}  {} {} |", line, hex, text);
  }
}

// iovecs: each buffer on its own, as strace: " * N bytes in buffer I", up to
// `left` bytes in all (what was really read or written); strace stops at the
// first empty buffer, even when later ones hold data.
void AppendIovecDumps(std::string& out, const Capture& c, uint64_t left) {
  size_t at = 0;
  for (int buffer = 0; at + sizeof(proto::CapturedIovec) <= c.data.size() && left > 0; ++buffer) {
    proto::CapturedIovec v;
    std::memcpy(&v, c.data.data() + at, sizeof(v));
    at += sizeof(v);
    if (std::min<uint64_t>(v.len, left) == 0) break;
    uint64_t n = std::min<uint64_t>({v.captured, c.data.size() - at, left});
    out += fmt::format("\n * {} bytes in buffer {}", n, buffer);
    AppendHexDump(out, c.data.substr(at, n));
    left -= std::min<uint64_t>(left, v.len);
    at += (std::min<uint64_t>(v.captured, c.data.size() - at) + 7) & ~uint64_t{7};
  }
}

}  // namespace

std::string TracePrinter::HexDumps(const proto::SyscallRecord& rec, const Captures& captures) const {
  const table::SyscallInfo* info = table::SyscallByNumber(rec.nr);
  if (info == nullptr || info->nargs == 0 || info->args[0].kind != table::ArgKind::Fd ||
      rec.args[0] >= 1024 || (options_.filters.read_fds.none() && options_.filters.write_fds.none()))
    return "";
  std::string out;
  // strace dumps what a call was given to write, whatever it returned (even
  // EBADF), and only what a read really returned (nothing when it failed).
  constexpr uint64_t kWhole = ~uint64_t{0};
  uint64_t read = rec.ret > 0 ? static_cast<uint64_t>(rec.ret) : 0;
  bool dump_reads = options_.filters.read_fds.test(rec.args[0]), dump_writes = options_.filters.write_fds.test(rec.args[0]);
  for (int i = 1; i < info->nargs; ++i) {
    table::ArgKind k = info->args[i].kind;
    bool reading = k == table::ArgKind::OutBuf || k == table::ArgKind::OutIovec;
    bool writing = k == table::ArgKind::InBuf || k == table::ArgKind::InIovec;
    if (!(reading && dump_reads && read > 0) && !(writing && dump_writes)) continue;
    const Capture* c = captures.Find(i, reading ? proto::kAtExit : proto::kAtEntry);
    if (c == nullptr || c->faulted()) continue;
    uint64_t left = reading ? read : kWhole;
    if (k == table::ArgKind::InBuf || k == table::ArgKind::OutBuf) AppendHexDump(out, c->data.substr(0, left));
    else AppendIovecDumps(out, *c, left);
  }
  // sendmsg/recvmsg: the iovecs their msghdr points to.
  bool send = rec.nr == SYS_sendmsg, receive = rec.nr == SYS_recvmsg;
  if ((send && dump_writes) || (receive && dump_reads && read > 0))
    if (const Capture* c = captures.Find(proto::kMsgIovArg, send ? proto::kAtEntry : proto::kAtExit); c && !c->faulted())
      AppendIovecDumps(out, *c, send ? kWhole : read);
  // sendmmsg/recvmmsg: each message handled, as strace: " = 1 buffers in vector 0".
  bool send_many = rec.nr == SYS_sendmmsg, receive_many = rec.nr == SYS_recvmmsg;
  const Capture* vec = captures.Find(1, proto::kAtExit);
  if (((send_many && dump_writes) || (receive_many && dump_reads)) && vec != nullptr && !vec->faulted() && rec.ret > 0) {
    uint64_t n = std::min<uint64_t>(static_cast<uint64_t>(rec.ret), vec->data.size() / 64);
    for (uint64_t k = 0; k < n; ++k) {
      uint64_t iovlen, length = 0;
      std::memcpy(&iovlen, vec->data.data() + k * 64 + 24, 8);
      std::memcpy(&length, vec->data.data() + k * 64 + 56, 4);
      out += fmt::format("\n = {} buffers in vector {}", iovlen, k);
      const Capture* iov = captures.Find(proto::kMmsgArg0 + 3 * static_cast<int>(k) + 1,
                                         send_many ? proto::kAtEntry : proto::kAtExit);
      if (iov != nullptr && !iov->faulted()) AppendIovecDumps(out, *iov, length);
    }
  }
  return out;
}

}  // namespace lzp::cli
