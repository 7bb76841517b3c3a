// cli/decode/sockopt.cc — setsockopt/getsockopt as strace 6.1 prints them:
//   setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4)
//   getsockopt(3, SOL_SOCKET, SO_RCVBUF, [131072], [8 => 4])
// The option's name comes from the level's table; its value is an int in
// brackets when it is int-sized, a struct for SO_LINGER and SO_PEERCRED, the
// a group_req for MCAST_JOIN/LEAVE_GROUP, the
// bytes as a string when it is not int-sized (SO_BINDTODEVICE's name too,
// NULs and all, never as an int); ip_mreq and ipv6_mreq for the
// membership options; packet_mreq, tpacket_stats, sock_fprog (as an address
// and a length), NETLINK_LIST_MEMBERSHIPS' bitmap words and ICMP_FILTER's
// set of ICMP types. SO_PEERCRED's struct is cut at the length. SOL_SOCKET's int options
// (kSocketIntOptions, as strace 6.1 groups them) differ: longer than an int
// they still print as one, shorter they print as the address (setsockopt) or
// as bytes in hex (getsockopt). getsockopt's value is shown at the length the
// kernel returned. SO_LINGER cut between 4 and 8 bytes shows l_onoff alone;
// SO_ERROR's answer is the errno's name ("[ECONNREFUSED]"); under
// -e verbose= without the call, the value is its address.
#include <arpa/inet.h>

#include <cstring>

#include <fmt/format.h>

#include "cli/decode/classic_bpf.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/tables.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kSolSocket = 1, kSolIp = 0, kSolTcp = 6, kSolIpv6 = 41, kSolNetlink = 270;
constexpr uint64_t kSoLinger = 13, kSoPeercred = 17, kSoBindtodevice = 25;
constexpr uint64_t kMcastJoinGroup = 42, kMcastLeaveGroup = 45;  // <linux/in.h>: a struct group_req
constexpr uint64_t kIpAddMembership = 35, kIpDropMembership = 36;  // <linux/in.h>: a struct ip_mreq
constexpr uint64_t kIpv6AddMembership = 20, kIpv6DropMembership = 21;  // <linux/in6.h>: a struct ipv6_mreq
constexpr uint64_t kIpv6JoinAnycast = 27, kIpv6LeaveAnycast = 28;       // the same struct
constexpr uint64_t kSoError = 4;  // an int option only when read
// <asm-generic/socket.h>: SO_DEBUG, SO_REUSEADDR, SO_DONTROUTE, SO_BROADCAST, SO_SNDBUF, SO_RCVBUF,
// SO_KEEPALIVE, SO_OOBINLINE, SO_PRIORITY, SO_REUSEPORT, SO_PASSCRED, SO_RCVLOWAT, SO_SNDLOWAT,
// SO_ACCEPTCONN, SO_SNDBUFFORCE, SO_RCVBUFFORCE
constexpr uint64_t kSocketIntOptions[] = {1, 2, 5, 6, 7, 8, 9, 10, 12, 15, 16, 18, 19, 30, 32, 33};

// SOL_NETLINK's options are all ints: shorter than one, the value is its
// address, as strace shows it.
bool SocketIntOption(uint64_t level, uint64_t name, bool reading) {
  if (level == kSolNetlink) return true;
  if (level != kSolSocket) return false;
  if (reading && name == kSoError) return true;
  for (uint64_t known : kSocketIntOptions)
    if (known == name) return true;
  return false;
}

// Each level whose option names strace knows, and the table naming them
// (<linux/socket.h> numbers the levels); other levels' options are numbers.
struct LevelNames { uint64_t level; const char* table; };
constexpr LevelNames kLevelNames[] = {
    {kSolSocket, "sockopt_socket"}, {kSolIp, "sockopt_ip"}, {kSolTcp, "sockopt_tcp"}, {kSolIpv6, "sockopt_ipv6"},
    {kSolNetlink, "sockopt_netlink"}, {17, "sockopt_udp"}, {263, "sockopt_packet"}, {279, "sockopt_alg"},
    {282, "sockopt_tls"}, {132, "sockopt_sctp"}, {255, "sockopt_raw"}, {283, "sockopt_xdp"},
};

std::string OptionName(uint64_t level, uint64_t name) {
  for (const LevelNames& l : kLevelNames)
    if (l.level == level) return FormatFlags(l.table, name);
  return fmt::format("{}", static_cast<uint32_t>(name));  // strace: unsigned ("4294967295")
}

constexpr uint64_t kSolPacket = 263, kPacketAddMembership = 1, kPacketDropMembership = 2, kPacketStatistics = 6;
constexpr uint64_t kSoAttachFilter = 26, kSoAttachReuseportCbpf = 51, kNetlinkListMemberships = 9;
constexpr uint64_t kSolRaw = 255, kIcmpFilter = 1;

// struct packet_mreq (<linux/if_packet.h>): ifindex, type, the address's
// length, then its bytes (as many as the length says) in hex.
std::string PacketMreq(std::string_view b) {
  uint16_t length = std::min<uint16_t>(Field<uint16_t>(b, 6), 8);
  std::string address;
  for (size_t i = 0; i < length; ++i) address += fmt::format("{:02x}", static_cast<uint8_t>(b[8 + i]));
  return fmt::format("{{mr_ifindex={}, mr_type={}, mr_alen={}, mr_address={}}}", InterfaceIndex(Field<int32_t>(b, 0)),
                     FormatFlags("packet_mr", Field<uint16_t>(b, 4)), Field<uint16_t>(b, 6),
                     NetworkOrder(b.substr(8, length), address));  // -X raw: the bytes quoted
}

// SOL_RAW's ICMP_FILTER (<linux/icmp.h> struct icmp_filter): a u32 of ICMP
// types, as strace reads it — all bits set, then as many bytes as given (at
// most 4) — printed as a set of type names, or as the complement ("~[...]")
// when more than half the bits are set.
std::string IcmpFilter(std::string_view b) {
  uint32_t bits = 0xffffffff;
  std::memcpy(&bits, b.data(), std::min<size_t>(b.size(), 4));
  bool complement = __builtin_popcount(bits) > 16;
  if (complement) bits = ~bits;
  std::string out = complement ? "~[" : "[";
  for (uint32_t type = 0; type < 32; ++type)
    if (bits & (uint32_t{1} << type)) out += (out.back() == '[' ? "" : " ") + FormatFlags("icmp_type", type);
  return out + "]";
}

// Options whose value is a struct of their own, when the length holds it
// (nullopt: the generic int/bytes rules apply).
std::optional<std::string> StructOption(uint64_t level, uint64_t name, std::string_view b) {
  if (level == kSolPacket && (name == kPacketAddMembership || name == kPacketDropMembership) && b.size() >= 16)
    return PacketMreq(b);
  if (level == kSolPacket && name == kPacketStatistics && b.size() == 8)  // struct tpacket_stats
    return fmt::format("{{tp_packets={}, tp_drops={}}}", Field<uint32_t>(b, 0), Field<uint32_t>(b, 4));
  if (level == kSolRaw && name == kIcmpFilter && !b.empty()) return IcmpFilter(b);
  if (level == kSolNetlink && name == kNetlinkListMemberships && b.size() % 4 == 0 && !b.empty()) {
    std::string out = "[";  // the group bitmap, a u32 at a time
    for (size_t i = 0; i < b.size(); i += 4) out += fmt::format("{}{}", i ? ", " : "", Field<uint32_t>(b, i));
    return out + "]";
  }
  return std::nullopt;
}

// struct ucred (SO_PEERCRED) as far as the length goes: whole fields, or the
// bytes of a partial first one in hex ("{pid=\"\xde\x0f\"}").
std::string Ucred(std::string_view b) {
  if (b.size() < 4) return "{pid=" + Quote(b, HexStyle::kAll, false) + "}";
  std::string out = fmt::format("{{pid={}", Field<int32_t>(b, 0));
  if (b.size() >= 8) out += fmt::format(", uid={}", Field<uint32_t>(b, 4));
  if (b.size() >= 12) out += fmt::format(", gid={}", Field<uint32_t>(b, 8));
  return out + "}";
}

std::string OptionValue(const CallContext& c, uint8_t phase, uint64_t length) {
  uint64_t level = c.rec.args[1], name = c.rec.args[2], ptr = c.rec.args[3];
  const Capture* cap = c.captures.Find(3, phase);
  if (ptr == 0) return "NULL";
  if (!c.options.structs) return Pointer(ptr);
  if (cap == nullptr || cap->faulted() || cap->data.size() < std::min<uint64_t>(length, 256)) return Pointer(ptr);
  std::string_view b = cap->data.substr(0, std::min<uint64_t>(length, cap->data.size()));
  if (level == kSolSocket && name == kSoLinger && b.size() >= 8)
    return fmt::format("{{l_onoff={}, l_linger={}}}", Field<int32_t>(b, 0), Field<int32_t>(b, 4));
  if (level == kSolSocket && name == kSoLinger && b.size() >= 4) return fmt::format("{{l_onoff={}}}", Field<int32_t>(b, 0));
  if (level == kSolSocket && name == kSoError && phase == proto::kAtExit && b.size() == 4)
    if (const table::ErrnoInfo* e = table::ErrnoByNumber(Field<int32_t>(b, 0)))  // -X raw: [111]; verbose: [111 /* ECONNREFUSED */]
      return "[" + StyledConstant(fmt::format("{}", Field<int32_t>(b, 0)), e->name) + "]";
  if (level == kSolSocket && name == kSoPeercred) return Ucred(b);
  if (level == kSolIp && (name == kIpAddMembership || name == kIpDropMembership))
    return b.size() >= 8 ? "{imr_multiaddr=" + Ipv4Address(b, 0) + ", imr_interface=" + Ipv4Address(b, 4) + "}" : Pointer(ptr);
  if (level == kSolIpv6 && (name == kIpv6AddMembership || name == kIpv6DropMembership || name == kIpv6JoinAnycast ||
                            name == kIpv6LeaveAnycast)) {
    if (b.size() < 20) return Pointer(ptr);
    return fmt::format("{{{}, ipv6mr_interface={}}}", Ipv6Field(b, "ipv6mr_multiaddr"), InterfaceIndex(Field<uint32_t>(b, 16)));
  }
  if (level == kSolIp && (name == kMcastJoinGroup || name == kMcastLeaveGroup) && b.size() >= 136)
    if (auto group = FormatStruct("sockaddr", b.substr(8, 128), c.options))
      return fmt::format("{{gr_interface={}, gr_group={}}}", InterfaceIndex(Field<uint32_t>(b, 0)), *group);
  if (level == kSolSocket && (name == kSoAttachFilter || name == kSoAttachReuseportCbpf))  // a struct sock_fprog
    return b.size() == 16 ? FormatFprog(c, ptr, FilterKind::kSocket) : Pointer(ptr);
  if (auto text = StructOption(level, name, b)) return *text;
  bool as_text = level == kSolSocket && name == kSoBindtodevice;
  bool reading = phase == proto::kAtExit, int_option = SocketIntOption(level, name, reading);
  if (!as_text && (b.size() == 4 || (int_option && b.size() > 4))) return fmt::format("[{}]", Field<int32_t>(b, 0));
  if ((int_option && !reading) || (b.empty() && reading)) return Pointer(ptr);  // an empty input is ""
  std::string_view shown = b.substr(0, std::min<size_t>(b.size(), c.options.string_limit));
  return Quote(shown, int_option ? HexStyle::kAll : StyleOf(c.options), b.size() > c.options.string_limit);
}

// optlen is an int: a negative one is refused by the kernel, and strace
// shows the value's address.
std::vector<std::string> Setsockopt(const CallContext& c) {
  int32_t length = static_cast<int32_t>(c.rec.args[4]);
  return {FormatArgument(c, 0), FormatArgument(c, 1), OptionName(c.rec.args[1], c.rec.args[2]),
          length < 0 ? Pointer(c.rec.args[3]) : OptionValue(c, proto::kAtEntry, c.rec.args[4]), FormatArgument(c, 4)};
}

// SO_GET_FILTER (<asm-generic/socket.h>) reads back what SO_ATTACH_FILTER
// set and has its number: strace names it by the call.
std::string ReadOptionName(uint64_t level, uint64_t name) {
  return level == kSolSocket && name == kSoAttachFilter ? "SO_GET_FILTER" : OptionName(level, name);
}

std::vector<std::string> Getsockopt(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1), ReadOptionName(c.rec.args[1], c.rec.args[2])};
  const Capture* before = c.captures.Find(4, proto::kAtEntry);
  const Capture* after = c.failed() ? nullptr : c.captures.Find(4, proto::kAtExit);
  auto readable = [](const Capture* l) { return l && !l->faulted() && l->data.size() >= 4; };
  auto length = [&](const Capture* l) { return readable(l) ? Field<uint32_t>(l->data, 0) : ~0u; };
  bool get_filter = c.rec.args[1] == kSolSocket && static_cast<uint32_t>(c.rec.args[2]) == kSoAttachFilter;
  if (c.failed() || !readable(after)) {
    out.push_back(Pointer(c.rec.args[3]));
  } else if (get_filter) {  // the program, when the buffer took it (a length of 0 only asks for the count)
    out.push_back(length(before) >= length(after) ? FormatFilterAnswer(c, c.rec.args[3], length(after)) : Pointer(c.rec.args[3]));
  } else {
    out.push_back(OptionValue(c, proto::kAtExit, length(after)));
  }
  // (optlen is an int: strace shows -1 for 0xffffffff)
  int32_t in = static_cast<int32_t>(length(before)), back = static_cast<int32_t>(length(after));
  if (c.rec.args[4] == 0) out.push_back("NULL");
  else if (!readable(before)) out.push_back(Pointer(c.rec.args[4]));
  else if (!readable(after) || back == in) out.push_back(fmt::format("[{}]", in));
  else out.push_back(fmt::format("[{} => {}]", in, back));
  return out;
}

}  // namespace

const ArgumentsDecoder kSetsockoptArguments = Setsockopt;
const ArgumentsDecoder kGetsockoptArguments = Getsockopt;

}  // namespace lzp::cli
