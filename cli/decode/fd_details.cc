// cli/decode/fd_details.cc — see fd_details.h.
//
// Sockets print as PROTO:[DETAILS] (PROTO from the kernel's sockprotoname):
//   UNIX       inode, "->peer" if connected, ",\"path\"" if it has a name
//   TCP, UDP   src:port, "->dst:port" if connected (IPv6 addresses bracketed)
//   NETLINK    protocol:portid
// and as PROTO:[inode] when the kernel's diag had nothing (an unbound socket).
// Like strace, the first description found for an inode that says more than
// the inode is kept and reused for the socket's life: a connection whose peer
// has closed still shows it.
// The sock_diag message comes from the tracee: every offset is checked.
#include "cli/decode/fd_details.h"

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>

#include <cstring>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "tracer/capture_format.h"

namespace lzp::cli {
namespace {

template <typename T>
std::optional<T> Read(std::string_view data, size_t at = 0) {
  if (at > data.size() || data.size() - at < sizeof(T)) return std::nullopt;
  T v;
  std::memcpy(&v, data.data() + at, sizeof(T));
  return v;
}

std::string UnixDetails(std::string_view msg, uint64_t inode) {
  auto head = Read<unix_diag_msg>(msg);
  if (!head) return std::to_string(inode);
  std::string out = std::to_string(head->udiag_ino);
  std::optional<uint32_t> peer;
  std::optional<std::string> name;
  for (size_t at = NLMSG_ALIGN(sizeof(unix_diag_msg)); at + sizeof(rtattr) <= msg.size();) {
    auto attr = Read<rtattr>(msg, at);
    if (!attr || attr->rta_len < sizeof(rtattr) || attr->rta_len > msg.size() - at) break;
    std::string_view value = msg.substr(at + RTA_LENGTH(0), attr->rta_len - RTA_LENGTH(0));
    if (attr->rta_type == UNIX_DIAG_PEER && value.size() >= 4) peer = *Read<uint32_t>(value);
    if (attr->rta_type == UNIX_DIAG_NAME && !value.empty()) {  // an abstract name: @"name", the '@' unquoted
      bool abstract = value[0] == '\0';
      std::string_view text = abstract ? value.substr(1) : value.substr(0, value.find('\0'));
      name = (abstract ? "@" : "") + Quote(text, HexStyle::kNone, false);
    }
    at += RTA_ALIGN(attr->rta_len);
  }
  if (peer && *peer != 0) out += fmt::format("->{}", *peer);
  if (name) out += "," + *name;
  return out;
}

std::string InetAddress(uint8_t family, const uint32_t* words, uint16_t port_be) {
  char text[INET6_ADDRSTRLEN] = "";
  inet_ntop(family == AF_INET6 ? AF_INET6 : AF_INET, words, text, sizeof(text));
  if (family == AF_INET6) return fmt::format("[{}]:{}", text, ntohs(port_be));
  return fmt::format("{}:{}", text, ntohs(port_be));
}

std::string InetDetails(std::string_view msg, uint64_t inode) {
  auto m = Read<inet_diag_msg>(msg);
  if (!m || (m->idiag_family != AF_INET && m->idiag_family != AF_INET6)) return std::to_string(inode);
  const inet_diag_sockid& id = m->id;
  std::string out = InetAddress(m->idiag_family, id.idiag_src, id.idiag_sport);
  static const uint32_t kZero[4] = {};
  size_t size = m->idiag_family == AF_INET6 ? 16 : 4;
  if (id.idiag_dport != 0 || std::memcmp(id.idiag_dst, kZero, size) != 0)
    out += "->" + InetAddress(m->idiag_family, id.idiag_dst, id.idiag_dport);
  return out;
}

std::string NetlinkDetails(std::string_view msg, uint64_t inode) {
  auto m = Read<netlink_diag_msg>(msg);
  if (!m) return std::to_string(inode);
  std::string protocol = FormatFlags("netlink", m->ndiag_protocol);
  if (protocol.rfind("NETLINK_", 0) == 0) protocol = protocol.substr(8);
  return fmt::format("{}:{}", protocol, m->ndiag_portid);
}

}  // namespace

std::string_view LinkPath(std::string_view link, bool* deleted) {
  constexpr std::string_view kDeleted = " (deleted)";
  bool has = link.size() > kDeleted.size() && link.substr(link.size() - kDeleted.size()) == kDeleted;
  if (deleted != nullptr) *deleted = has;
  return has ? link.substr(0, link.size() - kDeleted.size()) : link;
}

std::string FdAnnotation(std::string_view path, const Capture* details, int decode) {
  std::string plain = decode & kDecodePath ? std::string(path) : "";
  auto d = details ? Read<proto::FdDetails>(details->data) : std::nullopt;
  if (!d) return plain;
  std::string_view data = details->data.substr(sizeof(proto::FdDetails));
  switch (d->kind) {
    case proto::kCharDevice:
      return decode & kDecodeDev ? fmt::format("{}<char {}:{}>", path, d->major, d->minor) : plain;
    case proto::kBlockDevice:
      return decode & kDecodeDev ? fmt::format("{}<block {}:{}>", path, d->major, d->minor) : plain;
    case proto::kPidfd: return decode & kDecodePidfd ? fmt::format("pid:{}", d->pid) : plain;
    case proto::kSocketDetails: {
      std::string proto(d->proto, strnlen(d->proto, sizeof(d->proto)));
      if (proto.empty() || !(decode & kDecodeSocket)) return plain;
      static std::unordered_map<uint64_t, std::string> described;  // inode -> annotation
      auto known = described.find(d->inode);
      if (known != described.end()) return known->second;
      if (data.empty()) return proto + ":[" + std::to_string(d->inode) + "]";
      std::string inner;
      if (proto.rfind("UNIX", 0) == 0) inner = UnixDetails(data, d->inode);
      else if (proto == "NETLINK") inner = NetlinkDetails(data, d->inode);
      else inner = InetDetails(data, d->inode);
      std::string text = proto + ":[" + inner + "]";
      if (inner == std::to_string(d->inode)) return text;  // nothing beyond the inode (a fresh UNIX socket): not kept
      if (described.size() > 65536) described.clear();
      return described[d->inode] = text;
    }
    default: return plain;
  }
}

}  // namespace lzp::cli
