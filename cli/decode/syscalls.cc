// cli/decode/syscalls.cc — syscalls strace prints in a way of their own:
// arguments that only exist for some flags (open's mode),
// fields named inline (clone), values printed differently from their kind
// (mmap's offset in hex, getrandom's bytes in hex), and notes after the
// result (fcntl's flags, "(Timeout)").
#include <fcntl.h>

#include <algorithm>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

using Args = std::vector<std::string>;

Args Default(const CallContext& c, int n) {
  Args out;
  for (int i = 0; i < n; ++i) out.push_back(FormatArgument(c, i));
  return out;
}

// open/openat/creat: the mode is there only with O_CREAT or O_TMPFILE.
Args Open(const CallContext& c) {
  int flags_index = c.rec.nr == SYS_openat ? 2 : 1;
  uint64_t flags = c.rec.args[flags_index];
  bool has_mode = (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE;
  return Default(c, flags_index + (has_mode ? 2 : 1));
}

// With MAP_HUGETLB, the bits from MAP_HUGE_SHIFT (26) up are the page
// size's log2: strace prints them as "21<<MAP_HUGE_SHIFT".
Args Mmap(const CallContext& c) {
  Args out = Default(c, 5);
  constexpr uint64_t kHugetlb = 0x40000, kHugeShift = 26;
  uint64_t flags = c.rec.args[3];
  if ((flags & kHugetlb) && (flags >> kHugeShift) != 0)  // -X raw|verbose: one number
    out[3] = StyledConstant(Hex(flags), FlagNames("mmap", flags & ((uint64_t{1} << kHugeShift) - 1)) +
                                            fmt::format("|{}<<MAP_HUGE_SHIFT", (flags >> kHugeShift) & 0x3f));
  out.push_back(Hex(c.rec.args[5]));
  return out;
}

// preadv/pwritev/preadv2/pwritev2: the offset comes in two registers, low
// and high half; on x86-64 the low one holds all of it, and strace prints
// the one offset.
Args PositionedIovec(const CallContext& c) {
  Args out = Default(c, c.info->nargs);
  out.erase(out.begin() + 4);  // pos_h
  return out;
}

// mremap: new_address is shown only with MREMAP_MAYMOVE and MREMAP_FIXED both
// set, as strace 6.1 does (the kernel reads it with MREMAP_FIXED alone too,
// then fails with EINVAL).
Args Mremap(const CallContext& c) {
  constexpr uint64_t kMayMoveAndFixed = 1 | 2;  // MREMAP_MAYMOVE|MREMAP_FIXED, <linux/mman.h>
  return Default(c, (c.rec.args[3] & kMayMoveAndFixed) == kMayMoveAndFixed ? 5 : 4);
}

// time(): the result is dated too, "= 1795409126 (2026-11-23T04:45:26+0000)".
std::string TimeResult(const CallContext& c, const std::string& value) {
  if (c.failed()) return value;
  std::string comment = DateComment(c.rec.ret, 0, 0);  // " /* DATE */", or "" for no date
  return comment.empty() ? value : value + " (" + comment.substr(4, comment.size() - 7) + ")";
}

// clone(flags, stack, parent_tid, child_tid, tls) on x86-64, printed by name.
Args Clone(const CallContext& c) {
  uint64_t flags = c.rec.args[0];
  Args out = {"child_stack=" + Pointer(c.rec.args[1]), "flags=" + FormatFlags("clone_legacy", flags)};
  if (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) {  // CLONE_PIDFD writes the pidfd there
    const Capture* tid = c.captures.Find(2, proto::kAtExit);
    out.push_back("parent_tid=" + (tid != nullptr && !tid->faulted() && tid->data.size() >= 4
                                       ? fmt::format("[{}]", Field<int32_t>(tid->data, 0))
                                       : Pointer(c.rec.args[2])));
  }
  if (flags & CLONE_SETTLS) out.push_back("tls=" + Pointer(c.rec.args[4]));
  if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) out.push_back("child_tidptr=" + Pointer(c.rec.args[3]));
  return out;
}

// Bytes of an extensible struct (clone_args, open_how) past the part this
// kernel knows (`known` bytes) up to the size given (at most a page), if any
// is non-zero: ", /* bytes 88..99 */ \"\x00...\"", in hex and cut at -s as
// strace prints them. `b` is the capture (at most 256 bytes of open_how, a
// page of clone_args): a tail that is zero as far as captured but goes on
// past it is not shown, unless the kernel said it found a non-zero byte
// there (E2BIG).
std::string StructTail(std::string_view b, size_t known, uint64_t size, uint32_t limit, bool kernel_saw_nonzero) {
  uint64_t end = std::min<uint64_t>(size, 4096);
  if (end <= known || b.size() <= known) return "";
  std::string_view tail = b.substr(known, std::min<uint64_t>(b.size(), end) - known);
  if (!kernel_saw_nonzero && tail.find_first_not_of('\0') == std::string_view::npos) return "";
  return fmt::format(", /* bytes {}..{} */ ", known, end - 1) +
         Quote(tail.substr(0, limit), HexStyle::kAll, end - known > limit);
}

constexpr uint64_t kCloneIntoCgroup = 0x200000000;  // <linux/sched.h>

Args Clone3(const CallContext& c) {
  constexpr size_t kCloneArgsKnown = 88;
  const Capture* cap = c.captures.Find(0, proto::kAtEntry);
  std::string args = Pointer(c.rec.args[0]);
  // A struct readable past its known part but not as far as its size (up
  // to a page) says: strace shows the fields, then "???" for the rest.
  bool cut = cap != nullptr && cap->faulted();
  // -e verbose=none: the struct's address, as strace prints it.
  if (c.options.structs && cap != nullptr && cap->data.size() >= (cut ? kCloneArgsKnown : 64)) {
    std::string_view b = cap->data;
    uint64_t flags = Field<uint64_t>(b, 0);
    args = "{flags=" + FormatFlags("clone", flags);
    if (flags & CLONE_PIDFD) args += ", pidfd=" + Pointer(Field<uint64_t>(b, 8));
    if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) args += ", child_tid=" + Pointer(Field<uint64_t>(b, 16));
    if (flags & CLONE_PARENT_SETTID) args += ", parent_tid=" + Pointer(Field<uint64_t>(b, 24));
    args += ", exit_signal=" + (Field<uint64_t>(b, 32) ? SignalConstant(static_cast<int>(Field<uint64_t>(b, 32))) : "0");
    args += ", stack=" + Pointer(Field<uint64_t>(b, 40)) + ", stack_size=" + Hex(Field<uint64_t>(b, 48));
    if (flags & CLONE_SETTLS) args += ", tls=" + Pointer(Field<uint64_t>(b, 56));
    if (Field<uint64_t>(b, 64) || Field<uint64_t>(b, 72))
      args += ", set_tid=" + Pointer(Field<uint64_t>(b, 64)) + fmt::format(", set_tid_size={}", Field<uint64_t>(b, 72));
    if (Field<uint64_t>(b, 80) || (flags & kCloneIntoCgroup)) args += fmt::format(", cgroup={}", Field<uint64_t>(b, 80));
    // E2BIG for a size within a page: the kernel found a non-zero byte past
    // the known part (past a page it answers E2BIG whatever the bytes).
    constexpr int64_t kE2big = -7, kPage = 4096;
    bool nonzero_tail = c.rec.ret == kE2big && c.rec.args[1] <= kPage;
    args += cut ? ", ???" : StructTail(b, kCloneArgsKnown, c.rec.args[1], c.options.string_limit, nonzero_tail);
    args += "}";
    // What the kernel wrote back: the pidfd (CLONE_PIDFD) and the child's tid (CLONE_PARENT_SETTID).
    const Capture* pidfd = (flags & CLONE_PIDFD) ? c.captures.Find(2, proto::kAtExit) : nullptr;
    const Capture* tid = (flags & CLONE_PARENT_SETTID) ? c.captures.Find(1, proto::kAtExit) : nullptr;
    std::vector<std::string> back;
    if (pidfd != nullptr && !pidfd->faulted() && pidfd->data.size() >= 4)
      back.push_back(fmt::format("pidfd=[{}]", Field<int32_t>(pidfd->data, 0)));
    if (tid != nullptr && !tid->faulted() && tid->data.size() >= 4)
      back.push_back(fmt::format("parent_tid=[{}]", Field<int32_t>(tid->data, 0)));
    if (!back.empty()) args += " => {" + back[0] + (back.size() > 1 ? ", " + back[1] : "") + "}";
  }
  return {args, fmt::format("{}", c.rec.args[1])};
}

// fcntl's structs (flock, f_owner_ex): the setters' as passed, the getters' as answered
// (or the address, when the call failed or the struct was unreadable).
std::string LockArgument(const CallContext& c, std::string_view shape, uint8_t phase) {
  const Capture* cap = (phase == proto::kAtExit && c.failed()) || !c.options.structs ? nullptr : c.captures.Find(2, phase);
  std::optional<std::string> text = cap != nullptr && !cap->faulted() ? FormatStruct(shape, cap->data, c.options) : std::nullopt;
  return text ? *text : Pointer(c.rec.args[2]);
}

// fcntl: the third argument's meaning (or absence) follows the command.
Args Fcntl(const CallContext& c) {
  Args out = {FormatArgument(c, 0), FormatArgument(c, 1)};
  uint64_t arg = c.rec.args[2];
  switch (static_cast<int>(c.rec.args[1])) {
    case F_GETFD: case F_GETFL: case F_GETOWN: case F_GETSIG: case F_GETLEASE: case F_GETPIPE_SZ: case F_GET_SEALS:
      break;
    case F_SETFD: out.push_back(FormatFlags("fd_flags", arg)); break;
    case F_SETFL: out.push_back(FormatFlags("open", arg)); break;
    case F_SETOWN: out.push_back(fmt::format("{}", static_cast<int32_t>(arg))); break;
    case F_DUPFD: case F_DUPFD_CLOEXEC: case F_SETPIPE_SZ:  // strace: unsigned ("4294967295" for -1)
      out.push_back(fmt::format("{}", static_cast<uint32_t>(arg)));
      break;
    case F_NOTIFY: out.push_back(FormatFlags("dnotify", static_cast<uint32_t>(arg))); break;
    case F_SETLEASE: out.push_back(FormatFlags("flock_type", static_cast<uint32_t>(arg))); break;
    case F_SETSIG: out.push_back(arg ? SignalConstant(static_cast<int32_t>(arg)) : "0"); break;
    case F_ADD_SEALS: out.push_back(FormatFlags("seals", static_cast<uint32_t>(arg))); break;
    case F_SETLK: case F_SETLKW: case F_OFD_SETLK: case F_OFD_SETLKW: out.push_back(LockArgument(c, "flock", proto::kAtEntry)); break;
    case F_GETLK: case F_OFD_GETLK: out.push_back(LockArgument(c, "flock_pid", proto::kAtExit)); break;
    case F_SETOWN_EX: out.push_back(LockArgument(c, "f_owner_ex", proto::kAtEntry)); break;
    case F_GETOWN_EX: out.push_back(LockArgument(c, "f_owner_ex", proto::kAtExit)); break;
    default: out.push_back(Hex(arg));  // an opaque value: "0", not NULL
  }
  return out;
}

// The text after a result, as strace's sprintflags() makes it: the names and
// an unknown remainder in hex, never the "/* X_??? */" comment an argument gets.
std::string ResultFlags(std::string_view table, uint64_t value) {
  std::string out = FormatFlags(table, value);
  size_t comment = out.find(" /* ");
  if (comment != std::string::npos) out.erase(comment, out.find(" */", comment) + 3 - comment);
  return out;
}

std::string FcntlResult(const CallContext& c, const std::string& value) {
  uint64_t r = static_cast<uint64_t>(c.rec.ret);
  switch (static_cast<int>(c.rec.args[1])) {
    // strace prints F_GETFD's flags and the seals as constants (-X), F_GETFL's and the lease by name.
    case F_GETFD: return r & FD_CLOEXEC ? Hex(r) + " (flags " + FormatFlags("fd_flags", FD_CLOEXEC) + ")" : Hex(r);
    case F_GETFL: return Hex(r) + " (flags " + FlagNames("open", r) + ")";
    case F_DUPFD: case F_DUPFD_CLOEXEC: return value;  // a new fd: "= 20</path>" under -y
    case F_GETLEASE: return Hex(r) + " (" + FlagNames("flock_type", r) + ")";
    case F_GET_SEALS:  // (an unknown bit without its comment, under abbrev: ResultFlags)
      return r == 0 ? "0" : Hex(r) + " (seals " + (ConstantsAbbreviated() ? ResultFlags("seals", r) : FormatFlags("seals", r)) + ")";
    case F_GETSIG: return r == 0 ? "0" : fmt::format("{} ({})", r, SignalLabel(static_cast<int>(r)));  // "35 (SIGRT_3)"
  }
  return fmt::format("{}", c.rec.ret);  // a number, whatever the interposer recorded
}

// pipe, pipe2, socketpair: the returned fds, with their paths under -y; an
// array like others, cut at -s elements unless -v ("[...]", "[3, ...]").
Args FdPair(const CallContext& c) {
  Args out = Default(c, c.info->nargs);
  int index = c.rec.nr == SYS_socketpair ? 3 : 0;
  const Capture* cap = c.failed() ? nullptr : c.captures.Find(index, proto::kAtExit);
  if (cap == nullptr || cap->faulted() || cap->data.size() < 8) return out;
  std::string first = WithFdPath(c, proto::kPairArg0, fmt::format("{}", Field<int32_t>(cap->data, 0)));
  uint32_t shown = c.options.verbose ? 2 : std::min<uint32_t>(c.options.string_limit, 2);
  out[index] = shown == 0 ? "[...]"
               : shown == 1 ? "[" + first + ", ...]"
                            : "[" + first + ", " + WithFdPath(c, proto::kPairArg1, fmt::format("{}", Field<int32_t>(cap->data, 4))) + "]";
  return out;
}

// getrandom's bytes are printed in hex whatever -x says.
Args Getrandom(const CallContext& c) {
  Args out = Default(c, 3);
  if (!c.failed()) {
    const Capture* cap = c.captures.Find(0, proto::kAtExit);
    if (cap != nullptr && !cap->faulted())
      out[0] = Quote(cap->data.substr(0, c.options.string_limit), HexStyle::kAll,
                     static_cast<uint64_t>(c.rec.ret) > c.options.string_limit);
  }
  return out;
}

// socket(2)'s protocol tables by family (syscalltable/flags/, each naming
// its kernel header), as strace 6.1 picks them: AF_RXRPC's protocol is an
// address family, AF_IRDA's known values carry CAN's names.
struct FamilyProtocols { uint64_t family; const char* table; };
constexpr FamilyProtocols kSocketProtocols[] = {
    {2, "ipproto"},  {10, "ipproto"}, {16, "netlink"}, {3, "sockproto_ax25"}, {23, "sockproto_irda"},
    {29, "sockproto_can"}, {31, "sockproto_bluetooth"}, {33, "af"}, {34, "sockproto_isdn"},
    {35, "sockproto_phonet"}, {37, "sockproto_caif"}, {39, "sockproto_nfc"}, {41, "sockproto_kcm"},
    {43, "sockproto_smc"},
};

// socket/socketpair: the protocol is named by the family's own table.
Args Socket(const CallContext& c) {
  Args out = c.rec.nr == SYS_socketpair ? FdPair(c) : Default(c, c.info->nargs);
  uint64_t family = c.rec.args[0], protocol = c.rec.args[2];
  if (c.rec.nr == SYS_socketpair) return out;  // strace names socket's protocol, not socketpair's
  constexpr uint64_t kPacket = 17, kAx25 = 3;
  if (family == kPacket) {  // an ethertype in network byte order
    out[2] = "htons(" + FormatFlags("ethertype", __builtin_bswap16(static_cast<uint16_t>(protocol))) + ")";
    return out;
  }
  for (const FamilyProtocols& f : kSocketProtocols) {
    if (f.family != family) continue;
    // strace reads an int for every table but AX25's, which takes the whole register.
    uint64_t value = family == kAx25 ? protocol : static_cast<uint32_t>(protocol);
    const char* name = family == kAx25 && value <= UINT32_MAX ? EnumName(f.table, value) : nullptr;
    // AX25: "0xcc /* AX25_P_IP */", "0 /* AX25_P_??? */" under any -X (strace prints them itself)
    out[2] = name ? Hex(value) + " /* " + name + " */" : family == kAx25 ? FlagNames(f.table, value) : FormatFlags(f.table, value);
  }
  return out;
}

// kcmp: the indexes mean something only for some types (<linux/kcmp.h>):
// KCMP_FILE's are fds (ints), KCMP_EPOLL_TFD's a fd and a struct's address;
// the other known types take none. An unknown type keeps both, as numbers.
Args Kcmp(const CallContext& c) {
  enum : uint64_t { kFile = 0, kEpollTfd = 7 };
  uint64_t type = static_cast<uint32_t>(c.rec.args[2]);
  if (type > kEpollTfd) return Default(c, 5);
  Args out = Default(c, 3);
  if (type == kFile || type == kEpollTfd) out.push_back(fmt::format("{}", static_cast<int32_t>(c.rec.args[3])));
  if (type == kFile) out.push_back(fmt::format("{}", static_cast<int32_t>(c.rec.args[4])));
  if (type == kEpollTfd) out.push_back(Pointer(c.rec.args[4]));
  return out;
}

// sethostname/setdomainname: a name longer than __NEW_UTS_LEN (64) is refused
// unread, and strace shows its address; the length is an unsigned int.
Args UtsName(const CallContext& c) {
  constexpr uint32_t kNewUtsLen = 64;  // <linux/utsname.h>
  uint32_t length = static_cast<uint32_t>(c.rec.args[1]);
  return {length > kNewUtsLen ? Pointer(c.rec.args[0]) : FormatArgument(c, 0), fmt::format("{}", length)};
}

// arch_prctl (<asm/prctl.h>): ARCH_GET_CPUID takes no argument; the AMX
// permission requests name their feature in a comment ("0x12 /*
// XFEATURE_XTILE_DATA */"); the getters' cells are a base address or, for
// the XCOMP masks, the mask with its features in a comment; a getter given
// no cell shows NULL, as any pointer.
Args ArchPrctl(const CallContext& c) {
  constexpr uint32_t kGetCpuid = 0x1011, kGetXcompSupp = 0x1021, kGetXcompPerm = 0x1022, kReqXcompPerm = 0x1023,
                     kGetXcompGuestPerm = 0x1024, kReqXcompGuestPerm = 0x1025;
  uint32_t code = static_cast<uint32_t>(c.rec.args[0]);
  if (code == kGetCpuid) return Default(c, 1);
  Args out = Default(c, 2);
  uint64_t arg = c.rec.args[1];
  if (code == kReqXcompPerm || code == kReqXcompGuestPerm) {
    const char* name = EnumName("xfeature", arg);
    out[1] = UnknownConstant(Hex(arg), name != nullptr ? name : "XFEATURE_???");
  }
  if (proto::ArchPrctlWritesCell(code) && arg == 0) out[1] = Pointer(0);
  const Capture* cell = proto::ArchPrctlWritesCell(code) && !c.failed() ? c.captures.Find(1, proto::kAtExit) : nullptr;
  if (cell == nullptr || cell->faulted() || cell->data.size() < 8) return out;
  uint64_t value = Field<uint64_t>(cell->data, 0);
  bool mask = code == kGetXcompSupp || code == kGetXcompPerm || code == kGetXcompGuestPerm;
  out[1] = "[" + (mask ? UnknownConstant(Hex(value), FlagNames("xfeature_mask", value)) : Pointer(value)) + "]";
  return out;
}

// wait4: the status is written only when a child was reaped (result > 0).
Args Wait4(const CallContext& c) {
  Args out = Default(c, c.info->nargs);
  if (c.rec.ret == 0 && c.rec.args[1] != 0) out[1] = Pointer(c.rec.args[1]);
  return out;
}

// waitid(P_PIDFD, fd, ...): the id is a pidfd, shown with its -y annotation.
Args Waitid(const CallContext& c) {
  constexpr uint32_t kPPidfd = 3;  // <linux/wait.h>
  Args out = Default(c, c.info->nargs);
  if (static_cast<uint32_t>(c.rec.args[0]) == kPPidfd && out.size() > 1) out[1] = WithFdPath(c, 1, out[1]);
  return out;
}

// getgroups and sched_getaffinity fill only as much of the buffer as their
// result says (groups; bytes of CPU mask): the rest of the copy is not shown.
Args FilledPrefix(const CallContext& c, int arg, std::string_view shape, size_t unit, uint64_t capacity_units) {
  Args out = Default(c, c.info->nargs);
  if (c.failed()) return out;
  uint64_t units = std::min<uint64_t>(static_cast<uint64_t>(c.rec.ret), capacity_units);
  if (units == 0) return out[arg] = c.rec.args[arg] == 0 ? "NULL" : "[]", out;
  const Capture* cap = c.captures.Find(arg, proto::kAtExit);
  if (cap != nullptr && !cap->faulted() && cap->data.size() >= units * unit)
    if (auto text = FormatStruct(shape, cap->data.substr(0, units * unit), c.options)) out[arg] = *text;
  return out;
}

Args Getgroups(const CallContext& c) { return FilledPrefix(c, 1, "gids", 4, c.rec.args[0]); }
// setgroups with a size the kernel refuses unread (negative, or above
// NGROUPS_MAX, <linux/limits.h>): strace shows the list's address.
Args Setgroups(const CallContext& c) {
  constexpr int32_t kNgroupsMax = 65536;
  Args out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  int32_t size = static_cast<int32_t>(c.rec.args[0]);
  if (size < 0 || size > kNgroupsMax) out[1] = Pointer(c.rec.args[1]);
  return out;
}
Args GetAffinity(const CallContext& c) { return FilledPrefix(c, 2, "cpuset", 1, c.rec.args[1]); }
// epoll_wait/epoll_pwait/epoll_pwait2 print everything at exit, and strace
// reads no struct of a failed call: pwait2's timeout and the sigmask are
// then addresses.
Args EpollWait(const CallContext& c) {
  Args out = FilledPrefix(c, 1, "epoll_events", 12, c.rec.args[2]);
  if (c.failed())
    for (int i = c.rec.nr == SYS_epoll_pwait2 ? 3 : 4; i < c.info->nargs && i <= 4; ++i) out[i] = Pointer(c.rec.args[i]);
  return out;
}

// epoll_ctl: the kernel does not read the event for EPOLL_CTL_DEL.
Args EpollCtl(const CallContext& c) {
  constexpr uint64_t kEpollCtlDel = 2;  // <linux/eventpoll.h>
  Args out = Default(c, c.info->nargs);
  if (c.rec.args[1] == kEpollCtlDel) out[3] = Pointer(c.rec.args[3]);
  return out;
}

// rt_sigreturn: the interposer puts the mask being restored in the first argument.
Args Sigreturn(const CallContext& c) { return {"{mask=" + FormatSigset(c.rec.args[0]) + "}"}; }

// select/pselect6: what is ready and the time left, as strace reads them
// back: "= 1 (out [4], left {tv_sec=0, tv_nsec=0})".
std::string SelectResult(const CallContext& c, const std::string& value) {
  if (c.failed()) return value;
  if (c.rec.ret == 0) return value + " (Timeout)";
  std::string parts;
  const char* const kSets[] = {"in", "out", "except"};
  uint64_t budget = static_cast<uint64_t>(c.rec.ret);  // strace lists as many fds as the call counted
  for (int i = 1; i <= 3; ++i) {
    const Capture* cap = c.rec.args[i] ? c.captures.Find(i, proto::kAtExit) : nullptr;
    if (cap == nullptr || cap->faulted() || budget == 0) continue;
    std::string set = FormatFdSet(cap->data, static_cast<uint32_t>(c.rec.args[0]), &budget);
    if (set != "[]") parts += (parts.empty() ? "" : ", ") + std::string(kSets[i - 1]) + " " + set;
  }
  const Capture* left = c.rec.args[4] ? c.captures.Find(4, proto::kAtExit) : nullptr;
  std::optional<std::string> time =
      left && !left->faulted() ? FormatStruct(c.rec.nr == SYS_select ? "timeval" : "timespec", left->data, c.options)
                               : std::nullopt;
  if (time) parts += (parts.empty() ? "" : ", ") + ("left " + *time);
  return parts.empty() ? value : value + " (" + parts + ")";
}

// poll/ppoll: the ready entries, and ppoll's time left: "= 1 ([{fd=4,
// revents=POLLOUT}], left {tv_sec=0, tv_nsec=999000})".
std::string PollResult(const CallContext& c, const std::string& value) {
  if (c.failed()) return value;
  if (c.rec.ret == 0) return value + " (Timeout)";
  const Capture* fds = c.captures.Find(0, proto::kAtExit);
  if (fds == nullptr || fds->faulted()) return value;
  std::string list = FormatPollRevents(fds->data, c.options);
  const Capture* left = c.rec.nr == SYS_ppoll && c.rec.args[2] ? c.captures.Find(2, proto::kAtExit) : nullptr;
  if (left && !left->faulted())
    if (auto time = FormatStruct("timespec", left->data, c.options))  // (", left " and the time, if they fit)
      list += list.size() + sizeof(", left ") + time->size() < kPollTextRoom ? ", left " + *time : std::string(", ...");
  return value + " (" + list + ")";
}

// sched_getscheduler: the policy's name after the number, when it has one
// (strace prints a policy with SCHED_RESET_ON_FORK, 0x40000000, bare).
std::string PolicyResult(const CallContext& c, const std::string& value) {
  const char* name = c.failed() ? nullptr : EnumName("sched_policy", static_cast<uint64_t>(c.rec.ret));
  return name ? value + " (" + name + ")" : value;
}

// sendfile: the offset as passed and, after a success that moved bytes, as
// the kernel moved it ("[2] => [6]"; splice and copy_file_range show only
// the first).
Args Sendfile(const CallContext& c) {
  constexpr int kOffsetArg = 2;
  Args out = Default(c, c.info->nargs);
  const Capture* before = c.captures.Find(kOffsetArg, proto::kAtEntry);
  const Capture* after = c.failed() ? nullptr : c.captures.Find(kOffsetArg, proto::kAtExit);
  if (before == nullptr || before->faulted() || before->data.size() < 8 || !c.options.structs) return out;
  if (after == nullptr || after->faulted() || after->data.size() < 8) after = before;
  // strace prints the offsets unsigned, and the moved one only when bytes moved.
  out[kOffsetArg] = fmt::format("[{}]", Field<uint64_t>(before->data, 0));
  if (c.rec.ret > 0) out[kOffsetArg] += fmt::format(" => [{}]", Field<uint64_t>(after->data, 0));
  return out;
}

// modify_ldt: the kernel returns its int result as an unsigned int (for old
// glibc), so an error arrives as 0xffffffda; strace names it all the same:
// "= 4294967258 ENOSYS (Function not implemented)".
std::string ModifyLdtResult(const CallContext& c, const std::string& value) {
  uint64_t r = static_cast<uint64_t>(c.rec.ret);
  if (r < 0xfffff001 || r > 0xffffffff) return value;
  const table::ErrnoInfo* e = table::ErrnoByNumber(-static_cast<int32_t>(static_cast<uint32_t>(r)));
  return e != nullptr ? value + " " + e->name + " (" + e->message + ")" : value;
}

// ustat: the device as major and minor.
Args Ustat(const CallContext& c) { return {FormatMakedev(static_cast<uint32_t>(c.rec.args[0])), FormatArgument(c, 1)}; }

// mknod/mknodat: the file type by name, and the device only for devices.
Args Mknod(const CallContext& c) {
  int mode_arg = c.rec.nr == SYS_mknodat ? 2 : 1;
  Args out = Default(c, mode_arg);
  uint32_t mode = static_cast<uint32_t>(c.rec.args[mode_arg]);
  out.push_back(FormatSymbolicMode(mode));
  uint64_t dev = c.rec.args[mode_arg + 1];
  if (S_ISCHR(mode) || S_ISBLK(mode)) out.push_back(FormatMakedev(dev));
  return out;
}

// restart_syscall: the call the kernel resumes, as the printer last saw the
// task cut short with ERESTART_RESTARTBLOCK.
Args RestartSyscall(const CallContext& c) {
  return {"<... resuming interrupted " + SyscallName(c.options.resuming_nr) + " ...>"};
}

// openat2: struct open_how, then (as for clone3) its bytes past the 24 this
// kernel knows when any is non-zero; E2BIG says the kernel found one even
// past what was captured (only for a size within a page: past one it
// answers E2BIG whatever the bytes, and strace shows no tail).
Args Openat2(const CallContext& c) {
  constexpr size_t kOpenHowKnown = 24;
  constexpr int64_t kE2big = -7, kPage = 4096;
  Args out = Default(c, c.info->nargs);
  const Capture* cap = c.captures.Find(2, proto::kAtEntry);
  if (cap == nullptr || cap->faulted() || !c.options.structs || out[2].empty() || out[2].back() != '}') return out;
  std::string tail = StructTail(cap->data, kOpenHowKnown, c.rec.args[3], c.options.string_limit,
                                c.rec.ret == kE2big && c.rec.args[3] <= kPage);
  out[2].insert(out[2].size() - 1, tail);
  return out;
}

const SpecialSyscall kSpecials[] = {
    {"openat2", Openat2, nullptr},
    {"restart_syscall", RestartSyscall, nullptr},
    {"open", Open, nullptr},       {"openat", Open, nullptr},        {"mmap", Mmap, nullptr},
    {"clone", Clone, nullptr},     {"clone3", Clone3, nullptr},      {"futex", kFutexArguments, nullptr},
    {"fcntl", Fcntl, FcntlResult}, {"getrandom", Getrandom, nullptr}, {"poll", kPollArguments, PollResult},
    {"ppoll", kPollArguments, PollResult},   {"rt_sigreturn", Sigreturn, nullptr},
    {"socket", Socket, nullptr},   {"pipe", FdPair, nullptr},        {"pipe2", FdPair, nullptr},
    {"socketpair", Socket, nullptr}, {"wait4", Wait4, nullptr}, {"waitid", Waitid, nullptr},   {"kcmp", Kcmp, nullptr}, {"arch_prctl", ArchPrctl, nullptr},
    {"sethostname", UtsName, nullptr}, {"setdomainname", UtsName, nullptr},   {"ioctl", kIoctlArguments, kIoctlResult},
    {"prctl", kPrctlArguments, kPrctlResult}, {"getgroups", Getgroups, nullptr}, {"setgroups", Setgroups, nullptr},
    {"sched_getaffinity", GetAffinity, nullptr}, {"sendmsg", kMsgArguments, nullptr},
    {"recvmsg", kMsgArguments, nullptr},   {"select", kSelectArguments, SelectResult},
    {"pselect6", kSelectArguments, SelectResult},
    {"sched_getscheduler", nullptr, PolicyResult}, {"mknod", Mknod, nullptr}, {"ustat", Ustat, nullptr}, {"sendfile", Sendfile, nullptr}, {"modify_ldt", kModifyLdtArguments, ModifyLdtResult},
    {"name_to_handle_at", kFileHandleArguments, nullptr}, {"open_by_handle_at", kFileHandleArguments, nullptr}, {"mknodat", Mknod, nullptr},
    {"set_mempolicy", kSetMempolicyArguments, nullptr}, {"get_mempolicy", kGetMempolicyArguments, nullptr},
    {"mbind", kMbindArguments, nullptr}, {"seccomp", kSeccompArguments, nullptr},
    {"mq_open", kMqOpenArguments, nullptr}, {"fsconfig", kFsconfigArguments, nullptr}, {"mount", kMountArguments, nullptr},
    {"move_pages", kMovePagesArguments, nullptr}, {"mincore", kMincoreArguments, nullptr}, {"get_thread_area", kGetThreadAreaArguments, nullptr},
    {"fanotify_mark", kFanotifyMarkArguments, nullptr}, {"sched_setattr", kSchedSetattrArguments, nullptr}, {"migrate_pages", kMigratePagesArguments, nullptr}, {"setsockopt", kSetsockoptArguments, nullptr},
    {"getsockopt", kGetsockoptArguments, nullptr}, {"epoll_wait", EpollWait, nullptr},
    {"epoll_ctl", EpollCtl, nullptr}, {"mremap", Mremap, nullptr},
    {"preadv", PositionedIovec, nullptr}, {"pwritev", PositionedIovec, nullptr},
    {"preadv2", PositionedIovec, nullptr}, {"pwritev2", PositionedIovec, nullptr},
    {"epoll_pwait", EpollWait, nullptr}, {"epoll_pwait2", EpollWait, nullptr}, {"time", nullptr, TimeResult},
    {"capget", kCapabilityArguments, nullptr}, {"capset", kCapabilityArguments, nullptr},
    {"sendmmsg", kMmsgArguments, nullptr}, {"recvmmsg", kMmsgArguments, kRecvmmsgResult},
    {"keyctl", kKeyctlArguments, nullptr}, {"add_key", kKeyringLastArguments, nullptr},
    {"request_key", kKeyringLastArguments, nullptr}, {"ptrace", kPtraceArguments, nullptr},
    {"shmget", kIpcGetArguments, nullptr}, {"semget", kIpcGetArguments, nullptr},
    {"msgget", kIpcGetArguments, nullptr}, {"shmctl", kIpcCtlArguments, nullptr},
    {"msgsnd", kMsgbufArguments, nullptr}, {"msgrcv", kMsgbufArguments, nullptr, 1},
    {"semctl", kIpcCtlArguments, nullptr}, {"msgctl", kIpcCtlArguments, nullptr},
    {"sendto", kNetlinkBufferArguments, nullptr}, {"recvfrom", kNetlinkBufferArguments, nullptr}, {"membarrier", kMembarrierArguments, kMembarrierResult},
    {"bpf", kBpfArguments, nullptr}, {"io_getevents", kAioGetEventsArguments, nullptr},
    {"io_submit", kAioSubmitArguments, nullptr}, {"landlock_add_rule", kLandlockAddRuleArguments, nullptr},
    {"kexec_load", kKexecLoadArguments, nullptr},
    {"io_pgetevents", kAioGetEventsArguments, nullptr}, {"quotactl", kQuotactlArguments, nullptr},
    {"quotactl_fd", kQuotactlArguments, nullptr}, {"ioprio_set", kIoprioSetArguments, nullptr},
    {"ioprio_get", nullptr, kIoprioGetResult}, {"reboot", kRebootArguments, nullptr}, {"swapon", kSwaponArguments, nullptr},
    {"rt_sigpending", kSigpendingArguments, nullptr}, {"rt_sigtimedwait", nullptr, kSignalResult},
    {"getxattr", kGetxattrArguments, nullptr}, {"lgetxattr", kGetxattrArguments, nullptr},
    {"fgetxattr", kGetxattrArguments, nullptr}, {"setxattr", kSetxattrArguments, nullptr},
    {"lsetxattr", kSetxattrArguments, nullptr}, {"fsetxattr", kSetxattrArguments, nullptr},
    {"listxattr", kListxattrArguments, nullptr}, {"llistxattr", kListxattrArguments, nullptr},
    {"flistxattr", kListxattrArguments, nullptr},
    {"personality", kPersonalityArguments, kPersonalityResult}, {"syslog", kSyslogArguments, nullptr}, {"io_uring_setup", kIoUringSetupArguments, nullptr}, {"io_uring_register", kIoUringRegisterArguments, nullptr}, {"perf_event_open", kPerfEventOpenArguments, nullptr}, {"adjtimex", kAdjtimeArguments, kAdjtimeResult}, {"clock_adjtime", kAdjtimeArguments, kAdjtimeResult},
};

}  // namespace

const SpecialSyscall* FindSpecial(uint64_t nr) {
  static const SpecialSyscall* by_number[512] = {};
  static bool built = false;
  if (!built) {
    for (const SpecialSyscall& s : kSpecials) {
      int n = table::SyscallNumberByName(s.name);
      if (n >= 0 && n < 512) by_number[n] = &s;
    }
    built = true;
  }
  return nr < 512 ? by_number[nr] : nullptr;
}

}  // namespace lzp::cli
