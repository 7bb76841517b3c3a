// cli/decode/msghdr.cc — sendmsg and recvmsg with their struct msghdr as
// strace prints it. The interposer copies the msghdr (argument 1) and, beside
// it, the address, the iovec array with its data and the control data
// (tracer/capture.cc, CaptureMsghdrParts): sendmsg's at entry, recvmsg's at
// exit, where its data is cut at the result and msg_namelen shows
// "entry => exit". Control messages: SCM_RIGHTS fds and SCM_CREDENTIALS by
// field; at SOL_IP (<linux/in.h>) the type by its option's name and
// IP_PKTINFO's struct in_pktinfo, IP_TTL's int and IP_TOS's byte by value;
// others by level and type only. An unknown level is "0x12c /* SOL_??? */"
// here (a socket option's level has strace's two-mark "SOL_??").
#include <arpa/inet.h>
#include <netinet/in.h>

#include <optional>

#include <fmt/format.h>
#include <sys/socket.h>

#include "cli/decode/netlink.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

struct Msghdr {
  uint64_t name;
  uint32_t namelen;
  uint64_t iov, iovlen, control, controllen;
  int32_t flags;
};

Msghdr Parse(std::string_view b) {
  return {Field<uint64_t>(b, 0),  Field<uint32_t>(b, 8),  Field<uint64_t>(b, 16), Field<uint64_t>(b, 24),
          Field<uint64_t>(b, 32), Field<uint64_t>(b, 40), Field<int32_t>(b, 48)};
}

std::string TypeName(int32_t level, int32_t type) {
  if (level == SOL_SOCKET) return FormatFlags("scm", static_cast<uint32_t>(type));
  const char* name = level == SOL_IP ? EnumName("sockopt_ip", static_cast<uint32_t>(type)) : nullptr;
  return StyledConstant(Hex(static_cast<uint32_t>(type)), name != nullptr ? name : "");
}

std::string LevelName(int32_t level) {
  const char* name = EnumName("sol", static_cast<uint32_t>(level));
  std::string number = Hex(static_cast<uint32_t>(level));
  return name != nullptr ? StyledConstant(number, name) : UnknownConstant(number, "SOL_???");
}

// SOL_IP's data strace decodes, when long enough for it.
std::optional<std::string> IpControlData(int32_t type, std::string_view data) {
  if (type == IP_PKTINFO && data.size() >= 12)  // struct in_pktinfo
    return fmt::format("{{ipi_ifindex={}, ipi_spec_dst={}, ipi_addr={}}}", InterfaceIndex(Field<uint32_t>(data, 0)),
                       Ipv4Address(data, 4), Ipv4Address(data, 8));
  if (type == IP_TTL && data.size() >= 4) return fmt::format("[{}]", Field<int32_t>(data, 0));
  if (type == IP_TOS && !data.empty()) return fmt::format("[{}]", Field<uint8_t>(data, 0));
  return std::nullopt;
}

// `*fd_index` counts the SCM_RIGHTS fds so far: their -y paths are captured
// in that order (capture_format.h, kFdListArg0).
std::string ControlMessage(const CallContext& call, std::string_view c, uint64_t length, uint32_t* fd_index) {
  int32_t level = Field<int32_t>(c, 8), type = Field<int32_t>(c, 12);
  std::string out = fmt::format("{{cmsg_len={}, cmsg_level={}, cmsg_type=", length, LevelName(level));
  std::string_view data = c.substr(16, length > 16 ? std::min<uint64_t>(length - 16, c.size() - 16) : 0);
  if (level == SOL_SOCKET && type == SCM_RIGHTS) {
    out += TypeName(level, type) + ", cmsg_data=[";
    for (size_t i = 0; i + 4 <= data.size(); i += 4) {
      std::string fd = fmt::format("{}", Field<int32_t>(data, i));
      if (*fd_index < proto::kFdListMax) fd = WithFdPath(call, proto::kFdListArg0 + (*fd_index)++, fd);
      out += (i ? ", " : "") + fd;
    }
    return out + "]}";
  }
  if (level == SOL_SOCKET && type == SCM_CREDENTIALS && data.size() >= 12)
    return out + TypeName(level, type) + fmt::format(", cmsg_data={{pid={}, uid={}, gid={}}}}}", Field<int32_t>(data, 0),
                             Field<uint32_t>(data, 4), Field<uint32_t>(data, 8));
  if (level == SOL_IP)
    if (auto decoded = IpControlData(type, data)) return out + TypeName(level, type) + ", cmsg_data=" + *decoded + "}";
  // Another type, or data too short for its struct: the type alone.
  return out + TypeName(level, type) + "}";
}

// A header whose cmsg_len is shorter than the header itself: strace shows it
// (its type alone) and stops there, with where the next one would have been.
std::string ShortControlMessage(std::string_view c, uint64_t length, uint64_t header_address) {
  int32_t level = Field<int32_t>(c, 8), type = Field<int32_t>(c, 12);
  return fmt::format("{{cmsg_len={}, cmsg_level={}, cmsg_type={}}}, ... /* {} */", length, LevelName(level),
                     TypeName(level, type), Pointer(header_address + 16));
}

std::string ControlMessages(const CallContext& call, const Capture* cap, uint64_t ptr) {
  if (cap == nullptr || cap->faulted()) return Pointer(ptr);
  std::string_view d = cap->data;
  std::string out = "[";
  size_t at = 0, n = 0;
  uint32_t fd_index = 0;
  while (at + 16 <= d.size()) {
    uint64_t length = Field<uint64_t>(d, at);
    if (length < 16) return out + (n ? ", " : "") + ShortControlMessage(d.substr(at), length, ptr + at) + "]";
    out += (n++ ? ", " : "") + ControlMessage(call, d.substr(at), length, &fd_index);
    if (length > d.size() - at) break;  // cut short (or a lie from the tracee): nothing after it
    at += (length + 7) & ~uint64_t{7};
  }
  if (at < d.size() && n == 0) return Pointer(ptr);
  return out + "]";
}

// `first_arg`: where the interposer put this msghdr's address, iovecs and
// control data (kMsgNameArg for sendmsg/recvmsg, kMmsgArg0 + 3k for mmsghdr k).
std::string FormatMsghdr(const CallContext& c, const Msghdr& m, uint8_t phase, const Msghdr* at_entry,
                         int first_arg = proto::kMsgNameArg) {
  std::string name = Pointer(m.name);
  if (m.name != 0 && m.namelen != 0) {
    const Capture* cap = c.captures.Find(first_arg, phase);
    if (cap != nullptr && !cap->faulted())
      if (auto decoded = FormatStruct("sockaddr", cap->data.substr(0, m.namelen), c.options)) name = *decoded;
  }
  // (an int: strace shows -1 for 0xffffffff)
  std::string namelen = at_entry != nullptr && at_entry->namelen != m.namelen
                            ? fmt::format("{} => {}", static_cast<int32_t>(at_entry->namelen), static_cast<int32_t>(m.namelen))
                            : fmt::format("{}", static_cast<int32_t>(m.namelen));
  // On a netlink socket (noted for sendmsg, recvmsg and sendmmsg) each base holds messages:
  // as long as iov_len says when sent, as many bytes as arrived when received.
  const Capture* netlink = c.captures.Find(proto::kNetlinkArg, phase);
  IovecBaseText messages;
  if (netlink != nullptr && netlink->data.size() >= 4)
    messages = [&c, protocol = Field<int32_t>(netlink->data, 0), phase](std::string_view bytes, uint64_t len) {
      return FormatNetlinkMessages(bytes, phase == proto::kAtExit ? bytes.size() : len, protocol, c.options);
    };
  std::string out = fmt::format("{{msg_name={}, msg_namelen={}, msg_iov={}, msg_iovlen={}, ", name, namelen,
                                FormatIovecs(c.captures.Find(first_arg + 1, phase), m.iov, c.options, false, messages),
                                m.iovlen);
  if (m.controllen != 0)
    out += "msg_control=" + ControlMessages(c, c.captures.Find(first_arg + 2, phase), m.control) + ", ";
  return out + fmt::format("msg_controllen={}, msg_flags={}}}", m.controllen, FormatFlags("msg", static_cast<uint32_t>(m.flags)));
}

std::vector<std::string> SendOrReceive(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), Pointer(c.rec.args[1]), FormatArgument(c, 2)};
  if (!c.options.structs) return out;
  bool receive = c.rec.nr == SYS_recvmsg;
  const Capture* entry = c.captures.Find(1, proto::kAtEntry);
  if (entry == nullptr || entry->faulted() || entry->data.size() < 56) return out;
  Msghdr before = Parse(entry->data);
  if (!receive) {
    out[1] = FormatMsghdr(c, before, proto::kAtEntry, nullptr);
  } else if (c.failed()) {
    out[1] = fmt::format("{{msg_namelen={}}}", static_cast<int32_t>(before.namelen));
  } else if (const Capture* exit = c.captures.Find(1, proto::kAtExit); exit && !exit->faulted() && exit->data.size() >= 56) {
    out[1] = FormatMsghdr(c, Parse(exit->data), proto::kAtExit, &before);
  }
  return out;
}

// A failed sendmmsg: every message it was given (vlen of them, as far as
// captured), as they were at entry, without msg_len.
std::string Unsent(const CallContext& c, const Capture* sent) {
  uint64_t n = std::min<uint64_t>(c.rec.args[2] & 0xffffffff, sent->data.size() / 64);
  std::string text = "[";
  for (uint64_t k = 0; k < n; ++k)
    text += fmt::format("{}{{msg_hdr={}}}", k ? ", " : "",
                        FormatMsghdr(c, Parse(sent->data.substr(k * 64, 56)), proto::kAtEntry, nullptr,
                                     proto::kMmsgArg0 + 3 * static_cast<int>(k)));
  return text + "]";
}

// sendmmsg/recvmmsg: "[{msg_hdr={...}, msg_len=3}, ...]" for the messages
// the call handled (its result), each with its data as sent (sendmmsg, at
// entry) or as received (recvmmsg, at exit).
std::vector<std::string> SendOrReceiveMany(const CallContext& c) {
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  out[1] = Pointer(c.rec.args[1]);
  bool receive = c.rec.nr == SYS_recvmmsg;
  if (!c.options.structs) return out;
  // vlen 0: strace's empty array (sendmmsg's failed or not, recvmmsg's after a success)
  if (c.rec.args[1] != 0 && (c.rec.args[2] & 0xffffffff) == 0 && !(receive && c.failed())) {
    out[1] = "[]";
    return out;
  }
  if (c.failed()) {
    const Capture* sent = receive ? nullptr : c.captures.Find(1, proto::kAtEntry);
    if (sent != nullptr && !sent->faulted() && sent->data.size() >= 64) out[1] = Unsent(c, sent);
    return out;
  }
  const Capture* vec = c.captures.Find(1, proto::kAtExit);
  const Capture* sent = receive ? nullptr : c.captures.Find(1, proto::kAtEntry);
  const Capture* offered = receive ? c.captures.Find(1, proto::kAtEntry) : nullptr;  // recvmmsg's entries as given
  if (vec == nullptr || vec->faulted()) return out;
  uint64_t n = std::min<uint64_t>(static_cast<uint64_t>(c.rec.ret), vec->data.size() / 64);
  std::string text = "[";
  for (uint64_t k = 0; k < n; ++k) {
    std::string_view entry = vec->data.substr(k * 64, 64);
    // sendmmsg's data is described by the msghdr as it was at entry.
    std::string_view header = sent != nullptr && !sent->faulted() && sent->data.size() >= (k + 1) * 64
                                  ? sent->data.substr(k * 64, 56) : entry.substr(0, 56);
    int first_arg = proto::kMmsgArg0 + 3 * static_cast<int>(k);
    std::optional<Msghdr> given;
    if (offered != nullptr && !offered->faulted() && offered->data.size() >= (k + 1) * 64)
      given = Parse(offered->data.substr(k * 64, 56));
    text += fmt::format("{}{{msg_hdr={}, msg_len={}}}", k ? ", " : "",
                        FormatMsghdr(c, Parse(header), receive ? proto::kAtExit : proto::kAtEntry,
                                     given ? &*given : nullptr, first_arg),
                        Field<uint32_t>(entry, 56));
  }
  if (static_cast<uint64_t>(c.rec.ret) > n) text += ", ...";
  out[1] = text + "]";
  return out;
}

// recvmmsg: the time its timeout had left, after a success: "= 2 (left {...})";
// "= 0 (Timeout)" when it received nothing.
std::string LeftResult(const CallContext& c, const std::string& value) {
  constexpr int kTimeoutArg = 4;
  const Capture* left = c.captures.Find(kTimeoutArg, proto::kAtExit);
  if (!c.failed() && c.rec.ret == 0 && c.rec.args[kTimeoutArg] != 0) return value + " (Timeout)";  // nothing received
  if (c.failed() || c.rec.args[kTimeoutArg] == 0 || left == nullptr || left->faulted() || left->data.size() < 16)
    return value;
  return value + " (left " + FormatTimespec(left->data) + ")";
}

}  // namespace

const ReturnAnnotator kRecvmmsgResult = LeftResult;
const ArgumentsDecoder kMsgArguments = SendOrReceive;
const ArgumentsDecoder kMmsgArguments = SendOrReceiveMany;

}  // namespace lzp::cli
