// cli/decode/ioctl.cc — ioctl(fd, request, arg) as strace prints it. The
// request is named from flags/ioctl.tbl, or spelled out as
// _IOC(direction, type, number, size) from its encoding. The argument is
// decoded for the requests in tracer/ioctl_transfers.h, whose bytes the
// interposer copied (inputs before the call, outputs after it succeeded):
// termios and the older termio (abbreviated unless -v), winsize, int and u64 cells, inode flags,
// struct ifreq (what went in, then what came back when the call succeeded),
// userfaultfd's structs (cli/decode/ioctl_uffd.cc), modem bits, block
// ranges, TIOCSTI's byte, evdev's absinfo, an ifreq's hardware address and
// ifmap (ioctl_netdev.cc); strings and structs with tails (loop, BLKPG, file,
// random, perf and seccomp requests) are ioctl_structs.h's; requests whose argument is a value are printed by value,
// named from a flag table when one is listed (TCFLSH's TCIOFLUSH); a request
// we do not decode gets its argument in hex, as strace prints an opaque value.
#include <cstring>

#include <fmt/format.h>

#include "cli/decode/ioctl_evdev.h"
#include "cli/decode/ioctl_structs.h"
#include "cli/decode/ioctl_uffd.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/flags.h"
#include "tracer/ioctl_transfers.h"

namespace lzp::cli {
namespace {

// strace names every read-only or write-only request of type 'M' as a sound
// mixer's (<linux/soundcard.h>), whatever its size: "MIXER_READ(1)", then
// " or " and the table's name when it has one ("MIXER_READ(1) or MEMGETINFO").
std::string MixerName(uint64_t request) {
  constexpr uint64_t kMixerType = 'M', kRead = 2, kWrite = 1;
  uint64_t direction = (request >> 30) & 3;
  if (((request >> 8) & 0xff) != kMixerType || (direction != kRead && direction != kWrite)) return "";
  return fmt::format("{}({})", direction == kRead ? "MIXER_READ" : "MIXER_WRITE", request & 0xff);
}

std::string RequestName(uint64_t request) {
  request &= 0xffffffff;
  if (auto evdev = EvdevRequestName(static_cast<uint32_t>(request))) return *evdev;
  std::string mixer = MixerName(request);
  if (const table::FlagTable* t = table::FlagTableByName("ioctl"))
    for (const table::FlagEntry* e = t->entries; e->name; ++e)
      if (e->value == request) return mixer.empty() ? e->name : mixer + " or " + e->name;
  if (!mixer.empty()) return mixer;
  static const char* const kDirections[] = {"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"};
  return fmt::format("_IOC({}, {}, {}, {})", kDirections[(request >> 30) & 3], Hex((request >> 8) & 0xff),
                     Hex(request & 0xff), Hex((request >> 16) & 0x3fff));
}

// strace prints the bits of a termios word with nothing for none, after its
// named fields each followed by '|' ("B0|CS5|" for an otherwise empty c_cflag).
std::string Bits(std::string_view table, uint32_t bits) { return bits ? FormatFlags(table, bits) : ""; }

std::string ControlFlags(uint32_t c) {
  constexpr uint32_t kBaud = 010017, kSize = 060, kInputShift = 16;  // CBAUD, CSIZE, IBSHIFT
  uint32_t input_baud = (c >> kInputShift) & kBaud;
  std::string out = FormatFlags("termios_baud", c & kBaud) + "|";
  if (input_baud) out += FormatFlags("termios_baud", input_baud) + "<<IBSHIFT|";
  out += FormatFlags("termios_csize", c & kSize) + "|";
  return out + Bits("termios_cflag", c & ~(kBaud | kSize | (kBaud << kInputShift)));
}

// <asm-generic/termbits.h> struct termios: four u32 flag words, c_line,
// c_cc[19] (`control_chars` of them shown: struct termio has 8).
std::string Termios(std::string_view b, bool verbose, size_t control_chars = 19) {
  constexpr uint32_t kDelays = 0177400;  // NLDLY|CRDLY|TABDLY|BSDLY|VTDLY|FFDLY
  uint32_t oflag = Field<uint32_t>(b, 4);
  std::string out = fmt::format("{{c_iflag={}, c_oflag={}|{}, c_cflag={}, c_lflag={}",
                                Bits("termios_iflag", Field<uint32_t>(b, 0)),
                                FormatFlags("termios_oflag_delays", oflag & kDelays),
                                Bits("termios_oflag", oflag & ~kDelays), ControlFlags(Field<uint32_t>(b, 8)),
                                Bits("termios_lflag", Field<uint32_t>(b, 12)));
  if (!verbose) return out + ", ...}";
  static const char* const kControlChars[] = {"VINTR", "VQUIT",  "VERASE", "VKILL",    "VEOF",     "VTIME",
                                              "VMIN",  "VSWTC",  "VSTART", "VSTOP",    "VSUSP",    "VEOL",
                                              "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2"};
  out += ", c_line=" + FormatFlags("line_discipline", Field<uint8_t>(b, 16)) + ", c_cc=[";
  for (size_t i = 0; i < control_chars; ++i) {
    std::string index = i < std::size(kControlChars) ? kControlChars[i] : std::to_string(i);
    out += fmt::format("{}[{}]={}", i ? ", " : "", index, Hex(Field<uint8_t>(b, 17 + i)));
  }
  return out + "]}";
}

// struct termio (<asm-generic/termios.h>): the flag words are u16, then
// c_line and c_cc[8]; printed as a termios with those values.
std::string Termio(std::string_view b, bool verbose) {
  constexpr size_t kTermioChars = 8;
  std::string wide(36, '\0');
  for (size_t word = 0; word < 4; ++word) {
    uint32_t value = Field<uint16_t>(b, 2 * word);
    std::memcpy(wide.data() + 4 * word, &value, sizeof value);
  }
  wide[16] = b[8];
  std::memcpy(wide.data() + 17, b.data() + 9, kTermioChars);
  return Termios(wide, verbose, kTermioChars);
}

std::string Winsize(std::string_view b) {
  return fmt::format("{{ws_row={}, ws_col={}, ws_xpixel={}, ws_ypixel={}}}", Field<uint16_t>(b, 0),
                     Field<uint16_t>(b, 2), Field<uint16_t>(b, 4), Field<uint16_t>(b, 6));
}

// struct ifreq (<linux/if.h>): ifr_name[16], then the union at 16. The
// field the caller filled comes first; the kernel's answer follows it.
std::string IfName(std::string_view b, const FormatOptions& o, std::string_view field = "ifr_name") {
  std::string_view name = b.substr(0, 16);
  return std::string(field) + "=" + Quote(name.substr(0, name.find('\0')), StyleOf(o), false);
}

// The union member an address or int getter fills, by request (<linux/sockios.h>).
const char* IfreqField(uint64_t request) {
  switch (request & 0xffffffff) {
    case 0x8917: case 0x8918: return "ifr_dstaddr";  // SIOCGIFDSTADDR, SIOCSIFDSTADDR
    case 0x8919: case 0x891a: return "ifr_broadaddr";
    case 0x891b: case 0x891c: return "ifr_netmask";
    case 0x891d: case 0x891e: return "ifr_metric";
    case 0x8942: case 0x8943: return "ifr_qlen";
    case 0x8923: return "ifr_newname";
    case 0x8929: case 0x8930: return "ifr_slave";
    default: return "ifr_addr";
  }
}

// `answer` is what the kernel wrote back (empty when the call failed; a
// setter's own input, whose fields are all the caller's).
std::string Ifreq(const CallContext& c, proto::IoctlShape shape, std::string_view in, std::string_view answer) {
  bool answered = answer.size() >= 40;
  auto field = [&](std::string_view name, std::string value) { return answered ? fmt::format(", {}={}", name, value) : ""; };
  switch (shape) {
    case proto::IoctlShape::kIfIndex: return fmt::format("{{ifr_ifindex={}}}", Field<int32_t>(in, 16));
    case proto::IoctlShape::kIfIndexToName:
      return fmt::format("{{ifr_ifindex={}{}}}", Field<int32_t>(in, 16), answered ? ", " + IfName(answer, c.options) : "");
    case proto::IoctlShape::kIfNameToIndex:
      return "{" + IfName(in, c.options) + field("ifr_ifindex", fmt::format("{}", Field<int32_t>(answer, 16))) + "}";
    case proto::IoctlShape::kIfMtu: return "{" + IfName(in, c.options) + field("ifr_mtu", fmt::format("{}", Field<int32_t>(answer, 16))) + "}";
    case proto::IoctlShape::kIfInt:
      return "{" + IfName(in, c.options) + field(IfreqField(c.rec.args[1]), fmt::format("{}", Field<int32_t>(answer, 16))) + "}";
    case proto::IoctlShape::kIfAddr: {
      std::optional<std::string> address = answered ? FormatStruct("sockaddr", answer.substr(16, 16), c.options) : std::nullopt;
      return "{" + IfName(in, c.options) + (address ? fmt::format(", {}={}", IfreqField(c.rec.args[1]), *address) : "") + "}";
    }
    case proto::IoctlShape::kIfNewname: case proto::IoctlShape::kIfSlave:  // a second name in the union
      return "{" + IfName(in, c.options) + (answered ? ", " + IfName(answer.substr(16), c.options, IfreqField(c.rec.args[1])) : "") + "}";
    case proto::IoctlShape::kIfHwaddr: case proto::IoctlShape::kIfMap:
      return "{" + IfName(in, c.options) + (answered ? ", " + FormatIfreqHardware(shape, answer.substr(16)) : "") + "}";
    default: return "{" + IfName(in, c.options) + field("ifr_flags", FormatFlags("iff", Field<uint16_t>(answer, 16))) + "}";
  }
}

// struct ifconf (<linux/if.h>): int ifc_len, then the buffer's address at 8.
// A length that is whole ifreqs says how many; with no buffer the call only
// asks for the length, and strace shows just the answer. After a success the
// ifreqs the kernel filled (the capture's tail, tracer/ioctl_transfers.h):
// each one's name and address, at most -s of them (all under -v), else the
// buffer's address.
std::string IfconfLength(int32_t length) {
  constexpr int32_t kIfreq = 40;
  if (length <= 0 || length % kIfreq != 0) return fmt::format("{}", length);
  return fmt::format("{} /* {} * sizeof(struct ifreq) */", length, length / kIfreq);
}

std::string Ifreqs(const Capture* filled, uint64_t buffer, int32_t length, const FormatOptions& o) {
  constexpr size_t kIfreq = 40;
  if (filled == nullptr || filled->faulted() || length <= 0 || filled->data.size() < kIfreq) return Pointer(buffer);
  const size_t count = std::min<size_t>(static_cast<size_t>(length) / kIfreq, filled->data.size() / kIfreq);
  std::string out = "[";
  for (size_t i = 0; i < count; ++i) {
    if (i) out += ", ";
    if (!o.verbose && i >= o.string_limit) return out + "...]";
    std::string_view r = filled->data.substr(i * kIfreq, kIfreq);
    std::optional<std::string> address = FormatStruct("sockaddr", r.substr(16, 16), o);
    out += "{" + IfName(r, o) + ", ifr_addr=" + (address ? *address : Pointer(buffer + i * kIfreq + 16)) + "}";
  }
  return out + "]";
}

std::string Ifconf(std::string_view in, std::string_view answer, const Capture* filled, const FormatOptions& o) {
  int32_t before = Field<int32_t>(in, 0);
  uint64_t buffer = Field<uint64_t>(in, 8);
  std::string length = IfconfLength(before);
  std::string array = Pointer(buffer);
  if (answer.size() >= 16) {
    int32_t after = Field<int32_t>(answer, 0);
    if (buffer == 0) length = IfconfLength(after);
    else if (after != before) length = IfconfLength(before) + " => " + IfconfLength(after);
    if (buffer != 0) array = Ifreqs(filled, buffer, after, o);
  }
  return fmt::format("{{ifc_len={}, ifc_buf={}}}", length, array);
}

// Requests whose argument is a value, not a pointer: the flag table naming
// it, or nullptr for a plain int ("ulong" for an unsigned long).
struct ValueRequest { uint64_t request; const char* table; };
constexpr ValueRequest kValueRequests[] = {
    {0x40049409, nullptr},   // FICLONE (<linux/fs.h>): the source fd
    {0x540e, nullptr},       // TIOCSCTTY (<asm-generic/ioctls.h>): whether to steal the tty
    {0x540b, "tcflsh"},      // TCFLSH: the queue to flush
    {0x540a, "tcxonc"},      // TCXONC: the flow action
    {0x5409, nullptr},       // TCSBRK: whether to send a break
    {0x5425, nullptr},       // TCSBRKP: the break's length
    {0x1262, "ulong"},       // BLKRASET (<linux/fs.h>): the readahead
    {0x1264, "ulong"},       // BLKFRASET
    // <linux/loop.h>: LOOP_SET_FD, LOOP_CHANGE_FD (fds), LOOP_SET_DIRECT_IO, LOOP_SET_BLOCK_SIZE,
    // LOOP_CTL_ADD, LOOP_CTL_REMOVE (device numbers)
    {0x4c00, nullptr}, {0x4c06, nullptr}, {0x4c08, nullptr}, {0x4c09, nullptr}, {0x4c80, nullptr}, {0x4c81, nullptr},
    // <linux/perf_event.h>: ENABLE, DISABLE, RESET (flags), REFRESH, SET_OUTPUT (an fd), SET_BPF (an fd), PAUSE_OUTPUT
    {0x2400, "perf_ioc_flags"}, {0x2401, "perf_ioc_flags"}, {0x2403, "perf_ioc_flags"}, {0x2402, nullptr},
    {0x2405, nullptr}, {0x40042408, nullptr}, {0x40042409, nullptr},
    {0x40044590, nullptr}, {0x40044591, nullptr},  // EVIOCGRAB, EVIOCREVOKE (<linux/input.h>)
    {0x4008700c, "ulong"}, {0x4008700e, "ulong"},  // RTC_IRQP_SET, RTC_EPOCH_SET (<linux/rtc.h>)
    {0xae03, "kvm_cap"},                            // KVM_CHECK_EXTENSION (<linux/kvm.h>)
    {0x40049421, "btrfs_balance_ctl"},              // BTRFS_IOC_BALANCE_CTL (<linux/btrfs.h>)
    // <linux/hdreg.h>: the setters that take their value itself (HDIO_SET_MULTCOUNT, _UNMASKINTR,
    // _KEEPSETTINGS, _32BIT, _NOWERR, _DMA, _PIO_MODE, HDIO_UNREGISTER_HWIF, _WCACHE, _ACOUSTIC, _ADDRESS)
    {0x321, "ulong"}, {0x322, "ulong"}, {0x323, "ulong"}, {0x324, "ulong"}, {0x325, "ulong"}, {0x326, "ulong"},
    {0x327, "ulong"}, {0x32a, "ulong"}, {0x32b, "ulong"}, {0x32c, "ulong"}, {0x32f, "ulong"},
    {0x32d, "hdio_busstate"},  // HDIO_SET_BUSSTATE
};

// Requests that take no argument: strace prints none.
constexpr uint64_t kNoArgument[] = {
    0x5450, 0x5451, 0x5422, 0x540c, 0x540d, 0x5427, 0x5428,  // FIONCLEX FIOCLEX TIOCNOTTY TIOCEXCL TIOCNXCL TIOCSBRK TIOCCBRK
    0x1261, 0x125f,                                          // BLKFLSBUF BLKRRPART
    0x4c01, 0x4c07, 0x4c82,                                  // LOOP_CLR_FD LOOP_SET_CAPACITY LOOP_CTL_GET_FREE
    0xb701, 0xb702, 0xb703,                                  // NS_GET_USERNS NS_GET_PARENT NS_GET_NSTYPE
    0x5204, 0x5206, 0x5207,                                  // RNDZAPENTCNT RNDCLEARPOOL RNDRESEEDCRNG
    0x7001, 0x7002, 0x7003, 0x7004, 0x7005, 0x7006, 0x700f, 0x7010, 0x7014,  // RTC_{AIE,UIE,PIE,WIE}_{ON,OFF} RTC_VL_CLR
    0x80045705,                                              // WDIOC_KEEPALIVE (<linux/watchdog.h>): its int is unused
    0x9406, 0x9407, 0x9408, 0x941c, 0x942e,  // BTRFS_IOC_TRANS_START TRANS_END SYNC SCRUB_CANCEL QUOTA_RESCAN_WAIT
    0x2202,                                  // SG_GET_TIMEOUT (<scsi/sg.h>): the timeout is the result
    0x5437, 0xc0045877, 0xc0045878,          // TIOCVHANGUP, FIFREEZE and FITHAW (<linux/fs.h>: their int is unused)
};

// struct input_absinfo (<linux/input.h>): six s32, abbreviated after two
// unless -v, as strace prints it.
std::string Absinfo(std::string_view b, bool verbose) {
  std::string out = fmt::format("{{value={}, minimum={}", Field<int32_t>(b, 0), Field<int32_t>(b, 4));
  if (!verbose) return out + ", ...}";
  return out + fmt::format(", maximum={}, fuzz={}, flat={}, resolution={}}}", Field<int32_t>(b, 8),
                           Field<int32_t>(b, 12), Field<int32_t>(b, 16), Field<int32_t>(b, 20));
}

std::vector<std::string> Ioctl(const CallContext& c) {
  const std::string request_name = RequestName(c.rec.args[1]);  // -X raw|verbose: the number first
  std::vector<std::string> out = {FormatArgument(c, 0),
                                  StyledConstant(Hex(static_cast<uint32_t>(c.rec.args[1])), request_name)};
  uint64_t arg = c.rec.args[2];
  const proto::IoctlTransfer* t = proto::FindIoctlTransfer(c.rec.args[1]);
  for (uint64_t none : kNoArgument)
    if (c.rec.args[1] == none) return out;
  if (auto value = FormatKdValue(c.rec.args[1], arg)) return out.push_back(*value), out;
  for (const ValueRequest& v : kValueRequests) {
    if (c.rec.args[1] != v.request) continue;
    if (v.table == nullptr && proto::FindIoctlFd(c.rec.args[1]) != nullptr)  // an fd: -y adds its path
      out.push_back(WithFdPath(c, proto::kFdListArg0, fmt::format("{}", static_cast<int32_t>(arg))));
    else if (v.table == nullptr) out.push_back(fmt::format("{}", static_cast<int32_t>(arg)));
    else if (std::string_view(v.table) == "ulong") out.push_back(fmt::format("{}", arg));
    else out.push_back(FormatFlags(v.table, arg));
    return out;
  }
  // strace's socket decoder prints the argument of a sockios request it
  // names but does not decode as an address; any other undecoded argument in hex.
  constexpr uint64_t kSockios = 0x8900, kProtoPrivate = 0x89e0;
  uint64_t request = c.rec.args[1] & 0xffffffff;
  bool named_sockios = request >= kSockios && request < kProtoPrivate && request_name.rfind("_IOC(", 0) != 0;
  if (t == nullptr) {
    out.push_back(named_sockios ? Pointer(arg) : Hex(arg));
    return out;
  }
  if (HasIoctlStructFormatter(t->shape)) {
    out.push_back(FormatIoctlStruct(c, *t));
    return out;
  }
  bool input = t->direction != proto::IoctlDirection::kOut;
  const Capture* cap = input || !c.failed() ? c.captures.Find(2, input ? proto::kAtEntry : proto::kAtExit) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < t->size || !c.options.structs) {
    out.push_back(Pointer(arg));
    return out;
  }
  std::string_view answer = cap->data;  // struct ifreq: a setter's fields are all its own
  if (t->direction == proto::IoctlDirection::kInOut) {
    const Capture* back = c.failed() ? nullptr : c.captures.Find(2, proto::kAtExit);
    answer = back != nullptr && !back->faulted() ? back->data : std::string_view();
  }
  switch (t->shape) {
    case proto::IoctlShape::kTermios: out.push_back(Termios(cap->data, c.options.verbose)); break;
    case proto::IoctlShape::kTermio: out.push_back(Termio(cap->data, c.options.verbose)); break;
    case proto::IoctlShape::kWinsize: out.push_back(Winsize(cap->data)); break;
    case proto::IoctlShape::kInt: out.push_back(fmt::format("[{}]", Field<int32_t>(cap->data, 0))); break;
    case proto::IoctlShape::kUint64: out.push_back(fmt::format("[{}]", Field<uint64_t>(cap->data, 0))); break;
    case proto::IoctlShape::kFsFlags: out.push_back("[" + FormatFlags("fs_flags", Field<uint32_t>(cap->data, 0)) + "]"); break;
    case proto::IoctlShape::kModemBits: out.push_back("[" + FormatFlags("tiocm", Field<uint32_t>(cap->data, 0)) + "]"); break;
    case proto::IoctlShape::kUint64Pair:
      out.push_back(fmt::format("[{}, {}]", Field<uint64_t>(cap->data, 0), Field<uint64_t>(cap->data, 8)));
      break;
    case proto::IoctlShape::kChar: out.push_back(Quote(cap->data.substr(0, 1), StyleOf(c.options), false)); break;
    case proto::IoctlShape::kAbsinfo: out.push_back(Absinfo(cap->data, c.options.verbose)); break;
    case proto::IoctlShape::kIfconf:
      out.push_back(Ifconf(cap->data, answer, answer.empty() ? nullptr : c.captures.Find(proto::kIoctlTailArg, proto::kAtExit),
                           c.options));
      break;
    case proto::IoctlShape::kUffdApi: case proto::IoctlShape::kUffdRegister: case proto::IoctlShape::kUffdRange:
    case proto::IoctlShape::kUffdCopy: case proto::IoctlShape::kUffdZeropage:
      out.push_back(FormatUffdArgument(t->shape, cap->data, answer));
      break;
    default: out.push_back(Ifreq(c, t->shape, cap->data, answer));
  }
  return out;
}

// NS_GET_NSTYPE (<linux/nsfs.h>) answers a CLONE_NEW* flag: "= 67108864 (CLONE_NEWUTS)".
// Under -e kvm=vcpu, KVM_RUN is followed by why the guest stopped, which the
// interposer read from the vcpu's struct kvm_run: "= 0 (KVM_EXIT_IO)".
std::string IoctlResult(const CallContext& c, const std::string& value) {
  constexpr uint64_t kNsGetNstype = 0xb703;
  const uint64_t request = c.rec.args[1] & 0xffffffff;
  if (c.failed()) return value;
  if (request == kNsGetNstype) return value + " (" + FlagNames("clone", static_cast<uint64_t>(c.rec.ret)) + ")";  // by name under any -X
  const Capture* exit_reason = request == proto::kKvmRunRequest && c.options.kvm_vcpu ? c.captures.Find(proto::kKvmExitReasonArg, proto::kAtExit) : nullptr;
  if (exit_reason == nullptr || exit_reason->faulted() || exit_reason->data.size() != 4) return value;
  return value + " (" + FlagNames("kvm_exit_reason", Field<uint32_t>(exit_reason->data, 0)) + ")";
}

}  // namespace

const ArgumentsDecoder kIoctlArguments = Ioctl;
const ReturnAnnotator kIoctlResult = IoctlResult;

}  // namespace lzp::cli
