// cli/decode/netlink.cc — netlink messages in sendto's and recvfrom's
// buffers (and sendmsg's and recvmsg's iovecs: netlink.h), as strace 6.1
// prints them when the fd is a netlink socket (the interposer notes the
// socket's protocol and copies the buffer whole: tracer/capture_netlink.cc). The buffer is a run of messages (struct
// nlmsghdr, <linux/netlink.h>), each aligned to 4 bytes:
//   - fewer than 16 bytes left: those bytes, in hex;
//   - a message is its header, or "[header, payload]" when it says it is
//     longer than 16 bytes (as far as the buffer goes); the next one starts
//     NLMSG_ALIGN(nlmsg_len) on, if the header's length is valid and bytes
//     remain; several messages are a list, cut at -s messages unless -v.
// The header's type is named by the protocol (NETLINK_ROUTE's RTM_*;
// NLMSG_* below 16 and for a protocol not decoded) and its flags by the kind
// of request the type is (GET, NEW, DEL; an acknowledgment's for
// NLMSG_ERROR). Payloads: NLMSG_ERROR's struct nlmsgerr (the error, the
// message it answers decoded as a message, then any bytes after it),
// NLMSG_DONE's int, NETLINK_ROUTE's struct ifinfomsg (LINK types) and
// ifaddrmsg (ADDR types) from <linux/rtnetlink.h>, <linux/if_addr.h>, and
// struct fib_rule_hdr (RULE types, <linux/fib_rules.h>), each
// followed by its attributes (cli/decode/netlink_attributes.cc),
// NETLINK_SOCK_DIAG's requests for AF_INET/AF_INET6
// (cli/decode/netlink_sock_diag.cc), and
// the family byte with the rest as data for a route type it does not know;
// anything else in hex. Hex strings are cut at -s.
#include "cli/decode/netlink.h"

#include <fmt/format.h>

#include <sys/syscall.h>

#include "cli/decode/netlink_attributes.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/tables.h"

namespace lzp::cli {
namespace {

constexpr uint32_t kHeaderSize = 16;
constexpr int32_t kRoute = 0, kSockDiag = 4;  // NETLINK_ROUTE, NETLINK_SOCK_DIAG
enum : uint16_t { kError = 2, kDone = 3, kMinType = 16, kDelAction = 49, kRequest = 1 };

struct Buffer {
  std::string_view data;  // what was copied (may stop before the call's length)
  int32_t protocol;
  const FormatOptions& options;
};

std::string HexBytes(const Buffer& b, uint64_t at, uint64_t n) { return NetlinkHex(b.data, at, n, b.options); }

std::string Type(const Buffer& b, uint16_t type) {
  if (type >= kMinType && b.protocol == kRoute) return FormatFlags("rtm_type", type);
  if (type >= kMinType && b.protocol == kSockDiag) return FormatFlags("sock_diag_type", type);
  return FormatFlags("nlmsg_type", type);
}

std::string Flags(const Buffer& b, uint16_t type, uint16_t flags) {
  std::string_view table = "nlm_flags";
  if (type == kError) table = "nlm_flags_ack";
  else if (b.protocol == kSockDiag && type >= kMinType) table = "nlm_flags_get";  // every sock_diag type is a query
  else if (b.protocol == kRoute && type >= kMinType)
    table = type == kDelAction ? "nlm_flags_get" : (type & 3) == 0 ? "nlm_flags_new" : (type & 3) == 1 ? "nlm_flags_del"
                                                  : (type & 3) == 2 ? "nlm_flags_get" : "nlm_flags";
  return FormatFlags(table, flags);
}

std::string Message(const Buffer& b, uint64_t at, uint64_t remaining);

std::string Errno(int32_t error) {
  const table::ErrnoInfo* e = error < 0 && error >= -4095 ? table::ErrnoByNumber(-error) : nullptr;
  return e != nullptr ? fmt::format("-{}", e->name) : fmt::format("{}", error);
}

// struct nlmsgerr: the error, the message it answers, then bytes past it.
std::string ErrorPayload(const Buffer& b, uint64_t at, uint64_t n) {
  std::string_view d = b.data.substr(std::min<uint64_t>(at, b.data.size()));
  std::string out = fmt::format("{{error={}, msg={}}}", Errno(Field<int32_t>(d, 0)), Message(b, at + 4, n - 4));
  uint64_t inner = std::max<uint64_t>(kHeaderSize, std::min<uint64_t>(Field<uint32_t>(d, 4), n - 4));
  if (4 + inner >= n) return out;
  return "[" + out + ", " + HexBytes(b, at + 4 + inner, n - 4 - inner) + "]";
}

// The fixed struct, then (past its aligned size) its attributes.
std::string WithAttributes(const Buffer& b, std::string fixed, uint64_t size, AttributeSet set, uint64_t at, uint64_t n) {
  if (n <= size) return fixed;
  uint8_t family = Field<uint8_t>(b.data.substr(std::min<uint64_t>(at, b.data.size())), 0);
  return fixed + ", " + NetlinkAttributes(b.data, at + size, n - size, set, family, b.options);
}

std::string IfInfo(const Buffer& b, std::string_view d, uint64_t at, uint64_t n) {
  if (n < 16) return "{ifi_family=" + FormatFlags("af", Field<uint8_t>(d, 0)) + ", ...}";
  return WithAttributes(b, fmt::format("{{ifi_family={}, ifi_type={}, ifi_index={}, ifi_flags={}, ifi_change={}}}",
                                       FormatFlags("af", Field<uint8_t>(d, 0)), FormatFlags("arphrd", Field<uint16_t>(d, 2)),
                                       InterfaceIndex(Field<uint32_t>(d, 4)), FormatFlags("iff", Field<uint32_t>(d, 8)),
                                       Hex(Field<uint32_t>(d, 12))),
                        16, AttributeSet::kLink, at, n);
}

std::string IfAddr(const Buffer& b, std::string_view d, uint64_t at, uint64_t n) {
  if (n < 8) return "{ifa_family=" + FormatFlags("af", Field<uint8_t>(d, 0)) + ", ...}";
  return WithAttributes(b, fmt::format("{{ifa_family={}, ifa_prefixlen={}, ifa_flags={}, ifa_scope={}, ifa_index={}}}",
                                       FormatFlags("af", Field<uint8_t>(d, 0)), Field<uint8_t>(d, 1),
                                       FormatFlags("ifa_flags", Field<uint8_t>(d, 2)),
                                       FormatFlags("rt_scope", Field<uint8_t>(d, 3)), InterfaceIndex(Field<uint32_t>(d, 4))),
                        8, AttributeSet::kAddress, at, n);
}

std::string FibRule(const Buffer& b, std::string_view d, uint64_t at, uint64_t n) {
  if (n < 12) return "{family=" + FormatFlags("af", Field<uint8_t>(d, 0)) + ", ...}";
  return WithAttributes(b, fmt::format("{{family={}, dst_len={}, src_len={}, tos={}, table={}, action={}, flags={}}}",
                                       FormatFlags("af", Field<uint8_t>(d, 0)), Field<uint8_t>(d, 1), Field<uint8_t>(d, 2),
                                       Field<uint8_t>(d, 3), FormatFlags("rt_table", Field<uint8_t>(d, 4)),
                                       FormatFlags("fr_act", Field<uint8_t>(d, 7)),
                                       FormatFlags("fib_rule_flags", Field<uint32_t>(d, 8))),
                        12, AttributeSet::kRule, at, n);
}

std::string RoutePayload(const Buffer& b, uint16_t type, uint64_t at, uint64_t n) {
  std::string_view d = b.data.substr(std::min<uint64_t>(at, b.data.size()));
  std::string family = FormatFlags("af", Field<uint8_t>(d, 0));
  if (type >= 16 && type <= 19) return IfInfo(b, d, at, n);  // RTM_NEWLINK .. RTM_SETLINK
  if (type >= 20 && type <= 22) return IfAddr(b, d, at, n);  // RTM_NEWADDR .. RTM_GETADDR
  if (type >= 32 && type <= 34) return FibRule(b, d, at, n);  // RTM_NEWRULE .. RTM_GETRULE
  if (EnumName("rtm_type", type) == nullptr)
    return n == 1 ? "{family=" + family + "}" : "{family=" + family + ", data=" + HexBytes(b, at + 1, n - 1) + "}";
  return HexBytes(b, at, n);
}

std::string Payload(const Buffer& b, uint16_t type, uint16_t flags, uint64_t at, uint64_t n) {
  std::string_view d = b.data.substr(std::min<uint64_t>(at, b.data.size()));
  if (type == kError && n >= 4 + kHeaderSize) return ErrorPayload(b, at, n);
  if (type == kDone && n == 4) return fmt::format("{}", Field<int32_t>(d, 0));
  if (type >= kMinType && b.protocol == kRoute) return RoutePayload(b, type, at, n);
  if (type >= kMinType && b.protocol == kSockDiag && (flags & kRequest)) {
    std::string request = SockDiagRequest(b.data, at, n, b.options);
    if (!request.empty()) return request;
  }
  return HexBytes(b, at, n);
}

// One message at `at` with `remaining` bytes of the buffer from there on (at least a header's).
std::string Message(const Buffer& b, uint64_t at, uint64_t remaining) {
  std::string_view d = b.data.substr(std::min<uint64_t>(at, b.data.size()));
  uint32_t length = Field<uint32_t>(d, 0);
  uint16_t type = Field<uint16_t>(d, 4);
  std::string header = fmt::format("{{nlmsg_len={}, nlmsg_type={}, nlmsg_flags={}, nlmsg_seq={}, nlmsg_pid={}}}", length,
                                   Type(b, type), Flags(b, type, Field<uint16_t>(d, 6)), Field<uint32_t>(d, 8),
                                   Field<int32_t>(d, 12));  // strace prints the port id signed
  uint64_t span = std::min<uint64_t>(length, remaining);
  if (span <= kHeaderSize) return header;
  return "[" + header + ", " + Payload(b, type, Field<uint16_t>(d, 6), at + kHeaderSize, span - kHeaderSize) + "]";
}

std::string Messages(const Buffer& b, uint64_t length) {
  return NetlinkRecords(
      b.data, 0, length, kHeaderSize, b.options,
      [&](uint64_t at) { return Field<uint32_t>(b.data.substr(std::min<uint64_t>(at, b.data.size())), 0); },
      [&](uint64_t at, uint64_t remaining, uint32_t) { return Message(b, at, remaining); });
}

// sendto(fd, buf, len, ...) at entry, recvfrom(fd, buf, len, ...) at exit (the result's bytes).
std::vector<std::string> NetlinkBuffer(const CallContext& c) {
  std::vector<std::string> out;
  for (size_t i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, static_cast<int>(i)));
  uint8_t phase = c.rec.nr == SYS_sendto ? proto::kAtEntry : proto::kAtExit;
  const Capture* protocol = c.captures.Find(proto::kNetlinkArg, phase);
  const Capture* buffer = c.captures.Find(1, phase);
  if (protocol == nullptr || protocol->data.size() < 4 || buffer == nullptr || buffer->faulted() || !c.options.structs)
    return out;
  // What was received, as far as the buffer held it (MSG_TRUNC returns the datagram's whole length).
  uint64_t length = c.rec.nr == SYS_sendto ? c.rec.args[2] : std::min<uint64_t>(c.rec.ret, c.rec.args[2]);
  out[1] = Messages({buffer->data, Field<int32_t>(protocol->data, 0), c.options}, length);
  return out;
}

}  // namespace

std::string NetlinkHex(std::string_view data, uint64_t at, uint64_t n, const FormatOptions& o) {
  uint64_t shown = std::min<uint64_t>(n, o.string_limit);
  std::string_view bytes = at < data.size() ? data.substr(at, shown) : std::string_view();
  return Quote(bytes, StyleOf(o), n > shown, true);
}

std::string NetlinkRecords(std::string_view data, uint64_t at, uint64_t n, uint64_t header_size, const FormatOptions& o,
                           const std::function<uint32_t(uint64_t at)>& length_at,
                           const std::function<std::string(uint64_t at, uint64_t n, uint32_t length)>& item) {
  std::vector<std::string> items;
  bool list = false;
  for (uint64_t count = 0;; ++count) {
    if (n < header_size) {
      items.push_back(NetlinkHex(data, at, n, o));
      break;
    }
    if (!o.verbose && count == o.string_limit) {
      items.push_back("...");
      break;
    }
    uint32_t length = length_at(at);
    uint64_t aligned = (uint64_t{length} + 3) & ~uint64_t{3};
    uint64_t next = length >= header_size && n > aligned ? n - aligned : 0;
    list = list || next != 0;
    items.push_back(item(at, n, length));
    if (next == 0 || at + aligned >= data.size()) break;  // the last one, or past what was copied
    at += aligned;
    n = next;
  }
  if (!list) return items.front();
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

std::string FormatNetlinkMessages(std::string_view data, uint64_t length, int32_t protocol, const FormatOptions& o) {
  return Messages({data, protocol, o}, length);
}

const ArgumentsDecoder kNetlinkBufferArguments = NetlinkBuffer;

}  // namespace lzp::cli
