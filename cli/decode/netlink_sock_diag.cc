// cli/decode/netlink_sock_diag.cc — NETLINK_SOCK_DIAG requests, as `ss`
// sends them and strace 6.1 prints them: the payload of a request
// (NLM_F_REQUEST) starts with the family it asks about; for AF_INET and
// AF_INET6 it is a struct inet_diag_req_v2 (<linux/inet_diag.h>, 56 bytes):
// the protocol by name, idiag_ext and idiag_states as `1<<NAME` bits
// (flags/inet_diag_ext_bits.tbl, tcp_state_bits.tbl), and its socket id with
// the ports in network order, the addresses by family, the interface and
// the two cookie words; shorter, only the family; longer, the attributes
// after it (cli/decode/netlink_attributes.cc). For AF_UNIX it is a struct
// unix_diag_req (<linux/unix_diag.h>, 24 bytes; what follows it is not
// shown), its udiag_show from flags/udiag_show.tbl. Other families' requests
// (netlink_diag_req, packet_diag_req, smc_diag_req) and the kernel's
// answers are not decoded yet: "" (the caller prints hex).
#include <arpa/inet.h>
#include <fmt/format.h>

#include <algorithm>

#include "cli/decode/netlink_attributes.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kInetRequestSize = 56, kUnixRequestSize = 24;

// idiag_src/idiag_dst: 16 bytes, of which AF_INET uses the first 4.
std::string Address(std::string_view d, uint8_t family, const char* field) {
  char text[INET6_ADDRSTRLEN] = "";
  std::string bytes(d.substr(0, 16));
  bytes.resize(16, '\0');
  if (family == AF_INET) {
    inet_ntop(AF_INET, bytes.data(), text, sizeof text);
    return fmt::format("{}=inet_addr(\"{}\")", field, text);
  }
  inet_ntop(AF_INET6, bytes.data(), text, sizeof text);
  return fmt::format("inet_pton(AF_INET6, \"{}\", &{})", text, field);
}

// struct unix_diag_req: bytes past it are not shown.
std::string UnixRequest(std::string_view d, uint64_t n, const std::string& family_name) {
  if (n < kUnixRequestSize) return "{sdiag_family=" + family_name + ", ...}";
  return fmt::format("{{sdiag_family={}, sdiag_protocol={}, udiag_states={}, udiag_ino={}, udiag_show={}, "
                     "udiag_cookie=[{}, {}]}}",
                     family_name, Field<uint8_t>(d, 1), FormatFlags("tcp_state_bits", Field<uint32_t>(d, 4)),
                     Field<uint32_t>(d, 8), FormatFlags("udiag_show", Field<uint32_t>(d, 12)), Field<uint32_t>(d, 16),
                     Field<uint32_t>(d, 20));
}

}  // namespace

std::string SockDiagRequest(std::string_view data, uint64_t at, uint64_t n, const FormatOptions& o) {
  std::string_view d = data.substr(std::min<uint64_t>(at, data.size()));
  uint8_t family = Field<uint8_t>(d, 0);
  if (n == 0 || (family != AF_INET && family != AF_INET6 && family != AF_UNIX)) return "";
  std::string family_name = FormatFlags("af", family);
  if (family == AF_UNIX) return UnixRequest(d, n, family_name);
  if (n < kInetRequestSize) return "{sdiag_family=" + family_name + ", ...}";
  std::string out = fmt::format(
      "{{sdiag_family={}, sdiag_protocol={}, idiag_ext={}, idiag_states={}, id={{idiag_sport=htons({}), "
      "idiag_dport=htons({}), {}, {}, idiag_if={}, idiag_cookie=[{}, {}]}}}}",
      family_name, FormatFlags("ipproto", Field<uint8_t>(d, 1)), FormatFlags("inet_diag_ext_bits", Field<uint8_t>(d, 2)),
      FormatFlags("tcp_state_bits", Field<uint32_t>(d, 4)), ntohs(Field<uint16_t>(d, 8)), ntohs(Field<uint16_t>(d, 10)),
      Address(d.substr(std::min<size_t>(12, d.size())), family, "idiag_src"),
      Address(d.substr(std::min<size_t>(28, d.size())), family, "idiag_dst"), InterfaceIndex(Field<uint32_t>(d, 44)),
      Field<uint32_t>(d, 48), Field<uint32_t>(d, 52));
  if (n == kInetRequestSize) return out;
  return out + ", " + NetlinkAttributes(data, at + kInetRequestSize, n - kInetRequestSize, AttributeSet::kInetDiagRequest, family, o);
}

}  // namespace lzp::cli
