// cli/decode/process.cc — small structs of process life and resources:
// wait status, rlimit, utsname, pipe fd pairs, off_t and int cells, pollfd
// arrays, fd_sets, epoll_event (<linux/resource.h>, <linux/utsname.h>,
// <asm-generic/poll.h>, <linux/eventpoll.h>).
#include <poll.h>
#include <sys/wait.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::optional<std::string> Wstatus(std::string_view b, const FormatOptions&) {
  if (b.size() < 4) return std::nullopt;
  int s = Field<int32_t>(b, 0);
  if (WIFEXITED(s)) return fmt::format("[{{WIFEXITED(s) && WEXITSTATUS(s) == {}}}]", WEXITSTATUS(s));
  if (WIFSIGNALED(s))
    return fmt::format("[{{WIFSIGNALED(s) && WTERMSIG(s) == {}{}}}]", SignalLabel(WTERMSIG(s)),
                       WCOREDUMP(s) ? " && WCOREDUMP(s)" : "");
  if (WIFSTOPPED(s))  // a syscall stop under PTRACE_O_TRACESYSGOOD: "SIGTRAP | 0x80"
    return fmt::format("[{{WIFSTOPPED(s) && WSTOPSIG(s) == {}{}}}]", SignalLabel(WSTOPSIG(s) & 0x7f),
                       WSTOPSIG(s) & 0x80 ? " | 0x80" : "");
  if (WIFCONTINUED(s)) return std::string("[{WIFCONTINUED(s)}]");
  return fmt::format("[{:#x}]", s);
}

// A limit: RLIM64_INFINITY, "8192*1024" or the number; under -X raw the
// number, under verbose the number and the name in a comment.
std::string Rlim(uint64_t v) {
  std::string number = fmt::format("{}", v);
  if (v == ~uint64_t{0}) return StyledConstant(number, "RLIM64_INFINITY");
  if (v > 0 && v % 1024 == 0) return StyledConstant(number, fmt::format("{}*1024", v / 1024));
  return number;
}

std::optional<std::string> Rlimit(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  return fmt::format("{{rlim_cur={}, rlim_max={}}}", Rlim(Field<uint64_t>(b, 0)), Rlim(Field<uint64_t>(b, 8)));
}

std::optional<std::string> Utsname(std::string_view b, const FormatOptions& o) {
  if (b.size() < 390) return std::nullopt;
  auto field = [&](size_t i) {
    std::string_view f = b.substr(i * 65, 65);
    return Quote(f.substr(0, f.find('\0')), HexStyle::kNone, false);
  };
  if (!o.verbose) return fmt::format("{{sysname={}, nodename={}, ...}}", field(0), field(1));
  return fmt::format("{{sysname={}, nodename={}, release={}, version={}, machine={}, domainname={}}}", field(0),
                     field(1), field(2), field(3), field(4), field(5));
}

// pipe/pipe2/socketpair's two fds: an array like any other, cut at -s
// elements ("[...]" at -s 0, "[3, ...]" at -s 1) unless -v.
std::optional<std::string> FdPair(std::string_view b, const FormatOptions& o) {
  if (b.size() < 8) return std::nullopt;
  return FormatArray(b.substr(0, 8), 4, o, [](std::string_view fd) { return fmt::format("{}", Field<int32_t>(fd, 0)); });
}

std::optional<std::string> Int64Cell(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("[{}]", Field<int64_t>(b, 0));
}

std::optional<std::string> PointerCell(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return "[" + Pointer(Field<uint64_t>(b, 0)) + "]";
}

std::optional<std::string> SizeCell(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("[{}]", Field<uint64_t>(b, 0));
}

std::optional<std::string> UintCell(std::string_view b, const FormatOptions&) {
  if (b.size() < 4) return std::nullopt;
  return fmt::format("[{}]", Field<uint32_t>(b, 0));
}

std::string PollEvents(uint16_t events) { return FormatFlags("poll", events); }

// At most -s entries, as strace abbreviates arrays (all of them under -v).
std::optional<std::string> Pollfds(std::string_view b, const FormatOptions& o) {
  std::string out = "[";
  for (size_t i = 0; i + 8 <= b.size(); i += 8) {
    if (i) out += ", ";
    if (!o.verbose && i / 8 >= o.string_limit) return out + "...]";
    int32_t fd = Field<int32_t>(b, i);  // the kernel ignores a negative fd's events: strace omits them
    out += fd < 0 ? fmt::format("{{fd={}}}", fd) : fmt::format("{{fd={}, events={}}}", fd, PollEvents(Field<uint16_t>(b, i + 4)));
  }
  return out + "]";
}

}  // namespace

// poll's result: the entries with events, "[{fd=4, revents=POLLOUT}]", at
// most -s of them (all under -v). strace builds this text in a buffer of
// kPollTextRoom bytes: an entry that would leave less than kPollTextSpare
// of it free is "..." instead, and the list ends there (-v with hundreds of
// ready fds).
std::string FormatPollRevents(std::string_view b, const FormatOptions& o) {
  std::string out = "[";
  size_t shown = 0;
  for (size_t i = 0; i + 8 <= b.size(); i += 8) {
    uint16_t revents = Field<uint16_t>(b, i + 6);
    if (revents == 0) continue;
    if (shown) out += ", ";
    if (!o.verbose && shown >= o.string_limit) return out + "...]";
    std::string head = fmt::format("{{fd={}, revents=", Field<int32_t>(b, i)), events = PollEvents(revents);
    if (out.size() + head.size() + events.size() + 1 >= kPollTextRoom - kPollTextSpare) return out + "...]";
    out += head + events + "}";
    ++shown;
  }
  return out + "]";
}

std::string FormatFdSet(std::string_view b, uint64_t nfds, uint64_t* budget) {
  std::string out = "[";
  bool first = true;
  for (size_t bit = 0; bit < b.size() * 8 && bit < nfds && (budget == nullptr || *budget > 0); ++bit)
    if (static_cast<uint8_t>(b[bit / 8]) & (1u << (bit % 8))) {
      out += fmt::format("{}{}", first ? "" : " ", bit);
      first = false;
      if (budget != nullptr) --*budget;
    }
  return out + "]";
}

std::vector<std::string> ArgumentsWithEmptyArray(const CallContext& c, int count, int array) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  if (c.rec.args[count] == 0 && c.rec.args[array] != 0 && c.options.structs) out[array] = "[]";
  return out;
}

namespace {

// mincore's vector: a byte per page (bit 0: resident), at most -s of them.
std::optional<std::string> MincoreVector(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 1, o, [](std::string_view e) { return fmt::format("{}", static_cast<uint8_t>(e[0])); });
}

// mincore with a length of 0: its vector "[]" whether or not the call failed.
std::vector<std::string> Mincore(const CallContext& c) { return ArgumentsWithEmptyArray(c, 1, 2); }

std::optional<std::string> Fdset(std::string_view b, const FormatOptions&) { return FormatFdSet(b, ~uint64_t{0}, nullptr); }

std::optional<std::string> EpollEvent(std::string_view b, const FormatOptions&) {
  if (b.size() < 12) return std::nullopt;
  uint64_t data = Field<uint64_t>(b, 4);
  return fmt::format("{{events={}, data={{u32={}, u64={}}}}}", FormatFlags("epoll_events", Field<uint32_t>(b, 0)),
                     static_cast<uint32_t>(data), data);
}

// epoll_wait's output: the events it returned (FilledPrefix gives us only those).
std::optional<std::string> EpollEvents(std::string_view b, const FormatOptions& o) {
  std::string out = "[";
  for (size_t at = 0; at + 12 <= b.size(); at += 12) {
    std::optional<std::string> one = EpollEvent(b.substr(at, 12), o);
    if (!one) return std::nullopt;
    out += (at ? ", " : "") + *one;
  }
  return out + "]";
}

// set_thread_area's and get_thread_area's struct user_desc (<asm/ldt.h>):
// three unsigned ints, then bit fields (seg_32bit, contents:2,
// read_exec_only, limit_in_pages, seg_not_present, useable, lm). The base
// and limit as printf's "%#08x" prints them ("0x001000"; zero without 0x).
std::string Hex08(uint32_t v) { return v == 0 ? std::string(8, '0') : fmt::format("{:#08x}", v); }

std::optional<std::string> UserDesc(std::string_view b, const FormatOptions&) {
  if (b.size() < 16) return std::nullopt;
  uint32_t bits = Field<uint32_t>(b, 12);
  return fmt::format("{{entry_number={}, base_addr={}, limit={}, seg_32bit={}, contents={}, read_exec_only={}, "
                     "limit_in_pages={}, seg_not_present={}, useable={}, lm={}}}",
                     Field<int32_t>(b, 0), Hex08(Field<uint32_t>(b, 4)), Hex08(Field<uint32_t>(b, 8)), bits & 1,
                     (bits >> 1) & 3, (bits >> 3) & 1, (bits >> 4) & 1, (bits >> 5) & 1, (bits >> 6) & 1, (bits >> 7) & 1);
}

// get_thread_area: the entry number asked for, and what the kernel filled in
// after a success ("{entry_number=12, ...}" when it failed, as strace).
std::vector<std::string> GetThreadArea(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0)};
  const Capture* asked = c.captures.Find(0, proto::kAtEntry);
  if (c.failed() && c.rec.args[0] != 0 && c.options.structs && asked != nullptr && !asked->faulted() && asked->data.size() >= 4)
    out[0] = fmt::format("{{entry_number={}, ...}}", Field<int32_t>(asked->data, 0));
  return out;
}

// modify_ldt(func, ptr, bytecount): a user_desc when bytecount is exactly
// its size (as strace decides), else the address.
std::vector<std::string> ModifyLdt(const CallContext& c) {
  constexpr uint64_t kUserDescBytes = 16;
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1), FormatArgument(c, 2)};
  if (c.rec.args[2] != kUserDescBytes) out[1] = Pointer(c.rec.args[1]);
  return out;
}

}  // namespace

const ArgumentsDecoder kModifyLdtArguments = ModifyLdt;
const ArgumentsDecoder kGetThreadAreaArguments = GetThreadArea;
const ArgumentsDecoder kMincoreArguments = Mincore;
const StructDecoder kProcessDecoders[] = {
    {"user_desc", UserDesc},
    {"wstatus", Wstatus}, {"rlimit", Rlimit}, {"utsname", Utsname}, {"fdpair", FdPair}, {"loff", Int64Cell}, {"ptr_cell", PointerCell}, {"size_cell", SizeCell},
    {"uint", UintCell}, {"pollfd", Pollfds}, {"fdset", Fdset}, {"mincore_vec", MincoreVector}, {"epoll_event", EpollEvent},
    {"epoll_events", EpollEvents}, {nullptr, nullptr}};

}  // namespace lzp::cli
