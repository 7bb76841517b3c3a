// cli/decode/socket.cc — socket addresses (<linux/socket.h>, <linux/un.h>,
// <linux/in.h>, <linux/in6.h>, <linux/netlink.h>; the other families in
// cli/decode/sockaddr_families.h), socklen_t, and interface indexes by name.
#include <arpa/inet.h>
#include <net/if.h>
#include <sys/socket.h>

#include <fmt/format.h>

#include "cli/decode/sockaddr_families.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// The bytes after the family, if any, as strace shows an address it does not
// decode (or one too short for its family): ", sa_data=\"...\"".
std::string SaData(std::string_view b, const FormatOptions& o) {
  return b.size() > 2 ? ", sa_data=" + Quote(b.substr(2), StyleOf(o), false) : "";
}

std::optional<std::string> Sockaddr(std::string_view b, const FormatOptions& o) {
  if (b.size() < 2) return std::nullopt;
  uint16_t family = Field<uint16_t>(b, 0);
  std::string out = "{sa_family=" + FormatFlags("af", family);
  switch (family) {
    case AF_UNIX: {
      if (b.size() <= 2) break;  // unnamed: strace prints the family alone
      std::string_view path = b.substr(2);
      if (!path.empty() && path[0] == '\0') {  // abstract: "@name"
        out += ", sun_path=@" + Quote(path.substr(1), HexStyle::kNone, false);
      } else {
        path = path.substr(0, path.find('\0'));
        out += ", sun_path=" + Quote(path, StyleOf(o), false);
      }
      break;
    }
    case AF_INET: {
      if (b.size() < sizeof(sockaddr_in)) {  // too short for its family: the bytes, as strace shows them
        out += SaData(b, o);
        break;
      }
      out += ", sin_port=" + NetworkOrder(b.substr(2, 2), fmt::format("htons({})", ntohs(Field<uint16_t>(b, 2)))) +
             ", sin_addr=" + Ipv4Address(b, 4);
      break;
    }
    case AF_INET6: {
      // Shorter than the RFC 2133 struct (24 bytes, no scope id): the bytes.
      // Longer than it: the scope id as well, read as far as given (zero
      // beyond), by interface name for a link-local unicast or multicast
      // address.
      if (b.size() < 24) {
        out += SaData(b, o);
        break;
      }
      std::string full(b.substr(0, 28));
      full.resize(28, '\0');
      out += ", sin6_port=" + NetworkOrder(b.substr(2, 2), fmt::format("htons({})", ntohs(Field<uint16_t>(full, 2)))) +
             ", sin6_flowinfo=" + NetworkOrder(b.substr(4, 4), fmt::format("htonl({})", ntohl(Field<uint32_t>(full, 4))));
      out += ", " + Ipv6Field(std::string_view(full).substr(8, 16), "sin6_addr");
      if (b.size() == 24) break;
      uint8_t a0 = static_cast<uint8_t>(full[8]), a1 = static_cast<uint8_t>(full[9]);
      bool link_local = (a0 == 0xfe && (a1 & 0xc0) == 0x80) || (a0 == 0xff && (a1 & 0x0f) == 0x02);
      uint32_t scope = Field<uint32_t>(full, 24);
      out += ", sin6_scope_id=" + (link_local ? InterfaceIndex(scope) : fmt::format("{}", scope));
      break;
    }
    case AF_NETLINK: {
      if (b.size() < 12) {  // too short for its family: the bytes
        out += SaData(b, o);
        break;
      }
      // nl_pad only when set; nl_groups as C's "%#08x" ("00000000", "0xffffffff").
      uint16_t pad = Field<uint16_t>(b, 2);
      uint32_t groups = Field<uint32_t>(b, 8);
      if (pad) out += fmt::format(", nl_pad={:#x}", pad);
      out += fmt::format(", nl_pid={}, nl_groups={}", Field<int32_t>(b, 4),
                         groups ? fmt::format("{:#08x}", groups) : std::string("00000000"));
      break;
    }
    default:  // the families of sockaddr_families.h, else the bytes ("{sa_family=AF_UNSPEC}" for 2 bytes)
      out += SockaddrFamilyFields(family, b, o).value_or(SaData(b, o));
  }
  return out + "}";
}

std::optional<std::string> Socklen(std::string_view b, const FormatOptions&) {
  if (b.size() < 4) return std::nullopt;
  return fmt::format("[{}]", Field<int32_t>(b, 0));  // (as strace: an int, "[-1]")
}

}  // namespace

// A port, flow label or address in network byte order under -X: strace's
// htons(80) / inet_addr("...") form (abbrev), the bytes in hex ("\x00\x50",
// raw), or both (verbose: the bytes, the form in a comment).
std::string NetworkOrder(std::string_view bytes, const std::string& abbreviated) {
  if (ConstantsAbbreviated()) return abbreviated;  // even when empty (a zero-length hardware address)
  return StyledConstant(Quote(bytes, HexStyle::kAll, false), abbreviated);
}

std::string Ipv4Address(std::string_view b, size_t at) {
  char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, b.data() + at, text, sizeof(text));
  return NetworkOrder(b.substr(at, 4), fmt::format("inet_addr(\"{}\")", text));
}

std::string Ipv6Field(std::string_view bytes, std::string_view field) {
  char text[INET6_ADDRSTRLEN];
  inet_ntop(AF_INET6, bytes.data(), text, sizeof(text));
  if (ConstantsAbbreviated()) return fmt::format("inet_pton(AF_INET6, \"{}\", &{})", text, field);
  return fmt::format("{}={}", field, NetworkOrder(bytes.substr(0, 16), fmt::format("inet_pton(AF_INET6, \"{}\")", text)));
}

std::string InterfaceIndex(uint32_t index) {
  char name[IF_NAMESIZE];
  if (index != 0 && if_indextoname(index, name) != nullptr)  // -X raw: 1; verbose: 1 /* if_nametoindex("lo") */
    return StyledConstant(fmt::format("{}", index), fmt::format("if_nametoindex(\"{}\")", name));
  return fmt::format("{}", index);
}

const StructDecoder kSocketDecoders[] = {{"sockaddr", Sockaddr}, {"socklen", Socklen}, {nullptr, nullptr}};

}  // namespace lzp::cli
