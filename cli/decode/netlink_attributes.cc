// cli/decode/netlink_attributes.cc — the attributes (struct nlattr, the
// same layout as rtattr: <linux/netlink.h>) that follow a netlink message's
// fixed struct (ifinfomsg, ifaddrmsg, inet_diag_req_v2, fib_rule_hdr), as strace 6.1 prints them:
//   - each is `[{nla_len=N, nla_type=NAME}, VALUE]`, or its header alone
//     when it has no value (nla_len <= 4); NLA_F_NESTED and
//     NLA_F_NET_BYTEORDER are named before the type;
//   - the value is read from min(nla_len, what is left) bytes, by a kind
//     per attribute (kLinkKinds, kAddressKinds below); a value too short for
//     its kind, or of an attribute without one, is hex;
//   - the next attribute starts NLA_ALIGN(nla_len) on; several are a list,
//     cut at -s unless -v; fewer than 4 bytes left are hex at its end, and an
//     nla_len below 4 ends the list.
// Names come from flags/ifla_attr.tbl, ifa_attr.tbl, inet_diag_req_attr.tbl and fra_attr.tbl.
#include "cli/decode/netlink_attributes.h"

#include <arpa/inet.h>
#include <fmt/format.h>

#include <algorithm>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kHeaderSize = 4;
constexpr uint16_t kNested = 0x8000, kNetByteOrder = 0x4000, kTypeMask = 0x3fff;

enum class ValueKind : uint8_t {
  kHex, kString, kU8, kU32, kS32, kHardwareAddress, kInetAddress, kFlags, kEnum, kInterface,
  kLinkStats32, kLinkStats64, kCacheInfo, kEnum8,  // kEnum8: a u8 named by a table
};
struct AttributeKind { uint16_t type; ValueKind kind; const char* table = nullptr; };

// <linux/if_link.h>: what strace 6.1 decodes of each IFLA_* (nested lists
// and struct rtnl_link_ifmap are not decoded yet: hex).
constexpr AttributeKind kLinkKinds[] = {
    {1, ValueKind::kHardwareAddress}, {2, ValueKind::kHardwareAddress}, {3, ValueKind::kString},
    {4, ValueKind::kU32}, {5, ValueKind::kU32}, {6, ValueKind::kString}, {7, ValueKind::kLinkStats32},
    {10, ValueKind::kU32}, {13, ValueKind::kU32}, {15, ValueKind::kU32}, {16, ValueKind::kU8},
    {17, ValueKind::kU8}, {19, ValueKind::kU32}, {20, ValueKind::kString}, {21, ValueKind::kU32},
    {23, ValueKind::kLinkStats64}, {27, ValueKind::kU32}, {28, ValueKind::kS32},
    {29, ValueKind::kFlags, "rtext_filter"}, {30, ValueKind::kU32}, {31, ValueKind::kU32},
    {32, ValueKind::kU32}, {33, ValueKind::kU8}, {35, ValueKind::kU32}, {37, ValueKind::kS32},
    {38, ValueKind::kString}, {39, ValueKind::kU8}, {40, ValueKind::kU32}, {41, ValueKind::kU32},
    {44, ValueKind::kEnum, "ifla_event"}, {45, ValueKind::kS32}, {46, ValueKind::kS32},
    {47, ValueKind::kU32}, {48, ValueKind::kU32}, {49, ValueKind::kInterface}, {50, ValueKind::kU32},
    {51, ValueKind::kU32}, {53, ValueKind::kString}, {54, ValueKind::kHardwareAddress},
    {56, ValueKind::kString}, {57, ValueKind::kString}, {58, ValueKind::kU32}, {59, ValueKind::kU32},
    {60, ValueKind::kU32}, {61, ValueKind::kU32},
};

// <linux/if_addr.h>: IFA_* (IFA_PROTO is named but printed in hex).
constexpr AttributeKind kAddressKinds[] = {
    {1, ValueKind::kInetAddress}, {2, ValueKind::kInetAddress}, {3, ValueKind::kString},
    {4, ValueKind::kInetAddress}, {5, ValueKind::kInetAddress}, {6, ValueKind::kCacheInfo},
    {7, ValueKind::kInetAddress}, {8, ValueKind::kFlags, "ifa_flags"}, {9, ValueKind::kU32},
    {10, ValueKind::kS32},
};

// <linux/fib_rules.h>: the FRA_* strace 6.1 was seen to decode (the rest hex).
constexpr AttributeKind kRuleKinds[] = {
    {3, ValueKind::kString}, {6, ValueKind::kU32}, {14, ValueKind::kU32}, {15, ValueKind::kEnum, "rt_table"},
    {17, ValueKind::kString}, {21, ValueKind::kEnum8, "rtprot"},
};

// struct rtnl_link_stats / rtnl_link_stats64 (<linux/if_link.h>): the
// fields up to tx_compressed are always there; the later ones as far as the
// attribute goes.
constexpr const char* kLinkStatsFields[] = {
    "rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors", "rx_dropped", "tx_dropped",
    "multicast", "collisions", "rx_length_errors", "rx_over_errors", "rx_crc_errors", "rx_frame_errors",
    "rx_fifo_errors", "rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
    "tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed", "rx_nohandler",
    "rx_otherhost_dropped",
};
constexpr size_t kLinkStatsRequired = 23;
constexpr size_t kLinkStats32Fields = 24;  // rtnl_link_stats has no rx_otherhost_dropped

struct Attributes {
  std::string_view data;  // the whole copied buffer
  const AttributeKind* kinds;
  size_t kind_count;
  const char* names;      // flags table of the attribute types
  uint8_t family;         // the message's address family
  const FormatOptions& options;
};

std::string_view Bytes(const Attributes& a, uint64_t at) { return a.data.substr(std::min<uint64_t>(at, a.data.size())); }

// strace's string of an attribute: a final NUL is not shown; without one,
// `...` follows. Under -x/-xx the bytes shown (the NUL too) decide whether it
// is hex, and a hex one always ends in `...`.
std::string String(const Attributes& a, uint64_t at, uint64_t n) {
  std::string_view bytes = Bytes(a, at).substr(0, n);
  if (StyleOf(a.options) != HexStyle::kNone) {
    std::string_view shown = bytes.substr(0, a.options.string_limit);
    std::string hex = Quote(shown, StyleOf(a.options), true, true);
    if (Quote(shown, StyleOf(a.options), true) == hex) return hex;
  }
  bool terminated = bytes.size() == n && n > 0 && bytes.back() == '\0';
  if (terminated) bytes.remove_suffix(1);
  bool cut = bytes.size() > a.options.string_limit;
  return Quote(bytes.substr(0, a.options.string_limit), StyleOf(a.options), cut || !terminated);
}

std::string HardwareAddress(std::string_view bytes) {
  std::string out;
  for (size_t i = 0; i < bytes.size(); ++i) out += fmt::format("{}{:02x}", i ? ":" : "", static_cast<uint8_t>(bytes[i]));
  return out;
}

std::string LinkStats(std::string_view bytes, uint64_t n, size_t width, size_t fields) {
  size_t shown = std::min<size_t>(fields, n / width);
  std::string out = "{";
  for (size_t i = 0; i < shown; ++i)
    out += fmt::format("{}{}={}", i ? ", " : "", kLinkStatsFields[i],
                       width == 8 ? Field<uint64_t>(bytes, i * 8) : uint64_t{Field<uint32_t>(bytes, i * 4)});
  return out + "}";
}

// The value, or "" when strace would print its bytes in hex.
std::string Value(const Attributes& a, ValueKind kind, const char* table, uint64_t at, uint64_t n) {
  std::string_view d = Bytes(a, at);
  if (d.size() < n) return "";  // not all copied: its bytes, as far as they go
  switch (kind) {
    case ValueKind::kString: return String(a, at, n);
    case ValueKind::kU8: return n >= 1 ? fmt::format("{}", Field<uint8_t>(d, 0)) : "";
    case ValueKind::kU32: return n >= 4 ? fmt::format("{}", Field<uint32_t>(d, 0)) : "";
    case ValueKind::kS32: return n >= 4 ? fmt::format("{}", Field<int32_t>(d, 0)) : "";
    case ValueKind::kFlags: case ValueKind::kEnum: return n >= 4 ? FormatFlags(table, Field<uint32_t>(d, 0)) : "";
    case ValueKind::kEnum8: return n >= 1 ? FormatFlags(table, Field<uint8_t>(d, 0)) : "";
    case ValueKind::kInterface: return n >= 4 ? InterfaceIndex(Field<uint32_t>(d, 0)) : "";
    case ValueKind::kHardwareAddress: return HardwareAddress(d.substr(0, n));
    case ValueKind::kInetAddress: {
      char text[INET6_ADDRSTRLEN];
      if (a.family == AF_INET && n >= 4 && inet_ntop(AF_INET, d.data(), text, sizeof text))
        return fmt::format("inet_addr(\"{}\")", text);
      if (a.family == AF_INET6 && n >= 16 && inet_ntop(AF_INET6, d.data(), text, sizeof text))
        return fmt::format("inet_pton(AF_INET6, \"{}\")", text);
      return "";
    }
    case ValueKind::kLinkStats32:
      return n >= kLinkStatsRequired * 4 ? LinkStats(d, n, 4, kLinkStats32Fields) : "";
    case ValueKind::kLinkStats64:
      return n >= kLinkStatsRequired * 8 ? LinkStats(d, n, 8, std::size(kLinkStatsFields)) : "";
    case ValueKind::kCacheInfo:  // struct ifa_cacheinfo
      return n >= 16 ? fmt::format("{{ifa_prefered={}, ifa_valid={}, cstamp={}, tstamp={}}}", Field<uint32_t>(d, 0),
                                   Field<uint32_t>(d, 4), Field<uint32_t>(d, 8), Field<uint32_t>(d, 12))
                     : "";
    case ValueKind::kHex:
      break;
  }
  return "";
}

// One attribute at `at`, `n` = min(nla_len, bytes left) bytes of it.
std::string Attribute(const Attributes& a, uint64_t at, uint64_t n) {
  std::string_view d = Bytes(a, at);
  uint16_t type = Field<uint16_t>(d, 2);
  std::string name = (type & kNested ? "NLA_F_NESTED|" : "") + std::string(type & kNetByteOrder ? "NLA_F_NET_BYTEORDER|" : "") +
                     FormatFlags(a.names, type & kTypeMask);
  std::string header = fmt::format("{{nla_len={}, nla_type={}}}", Field<uint16_t>(d, 0), name);
  if (n <= kHeaderSize) return header;
  const AttributeKind* end = a.kinds + a.kind_count;
  const AttributeKind* kind = std::find_if(a.kinds, end, [&](const AttributeKind& k) { return k.type == (type & kTypeMask); });
  std::string value = kind == end ? "" : Value(a, kind->kind, kind->table, at + kHeaderSize, n - kHeaderSize);
  if (value.empty()) value = NetlinkHex(a.data, at + kHeaderSize, n - kHeaderSize, a.options);
  return "[" + header + ", " + value + "]";
}

std::string List(const Attributes& a, uint64_t at, uint64_t n) {
  return NetlinkRecords(
      a.data, at, n, kHeaderSize, a.options, [&](uint64_t where) { return uint32_t{Field<uint16_t>(Bytes(a, where), 0)}; },
      [&](uint64_t where, uint64_t left, uint32_t length) { return Attribute(a, where, std::min<uint64_t>(length, left)); });
}

}  // namespace

std::string NetlinkAttributes(std::string_view data, uint64_t at, uint64_t n, AttributeSet set, uint8_t family,
                            const FormatOptions& o) {
  if (set == AttributeSet::kLink) return List({data, kLinkKinds, std::size(kLinkKinds), "ifla_attr", family, o}, at, n);
  if (set == AttributeSet::kAddress) return List({data, kAddressKinds, std::size(kAddressKinds), "ifa_attr", family, o}, at, n);
  if (set == AttributeSet::kRule) return List({data, kRuleKinds, std::size(kRuleKinds), "fra_attr", family, o}, at, n);
  return List({data, kAddressKinds, 0, "inet_diag_req_attr", family, o}, at, n);  // values in hex (bytecode not decoded)
}

}  // namespace lzp::cli
