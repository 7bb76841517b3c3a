// cli/decode/sockaddr_ax25.cc — AF_AX25 socket addresses as strace 6.1
// prints them (<linux/ax25.h>: struct sockaddr_ax25 {sa_family, ax25_address
// sax25_call (7 bytes), int sax25_ndigis} of 16 bytes; struct
// full_sockaddr_ax25 adds up to AX25_MAX_DIGIS (8) digipeater addresses).
// An address is its 7 bytes in hex, then the callsign in a comment when
// every character (each byte shifted right by one) is printable and neither
// '*' nor '/': trailing spaces dropped, "-SSID" from the last byte's bits
// 1..4; an empty callsign with SSID 0 is "*". Exactly 16 bytes with no
// digipeaters is the short struct; anything else is the full one, its
// digipeaters as far as both their count and the length allow (", ..." in
// the array for those the length cuts off, after it for bytes left over).
#include "cli/decode/sockaddr_families.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/quote.h"

namespace lzp::cli {
namespace {

constexpr size_t kAddressBytes = 7, kShortSize = 16, kMaxDigipeaters = 8;

std::string Callsign(std::string_view a) {
  std::string call;
  for (size_t i = 0; i + 1 < kAddressBytes; ++i) {
    char c = static_cast<char>(static_cast<uint8_t>(a[i]) >> 1);
    if (c < ' ' || c > '~' || c == '*' || c == '/') return "";
    call += c;
  }
  call.erase(call.find_last_not_of(' ') + 1);
  unsigned ssid = (static_cast<uint8_t>(a[kAddressBytes - 1]) >> 1) & 0xf;
  return call.empty() && ssid == 0 ? "*" : fmt::format("{}-{}", call, ssid);
}

std::string Address(std::string_view a) {
  std::string out = "{ax25_call=" + Quote(a, HexStyle::kAll, false) + "}";
  std::string call = Callsign(a);
  return call.empty() ? out : out + " /* " + call + " */";
}

}  // namespace

std::optional<std::string> SockaddrAx25Fields(std::string_view b) {
  if (b.size() < kShortSize) return std::nullopt;
  int32_t ndigis = Field<int32_t>(b, 12);
  std::string call = fmt::format("sax25_call={}, sax25_ndigis={}", Address(b.substr(2, kAddressBytes)), ndigis);
  if (b.size() == kShortSize && ndigis == 0) return ", " + call;
  std::string out = ", fsa_ax25={" + call + "}";
  size_t room = std::min((b.size() - kShortSize) / kAddressBytes, kMaxDigipeaters);
  if (ndigis > 0) {
    size_t wanted = std::min<size_t>(ndigis, kMaxDigipeaters), shown = std::min(wanted, room);
    out += ", fsa_digipeater=[";
    for (size_t i = 0; i < shown; ++i)
      out += (i ? ", " : "") + Address(b.substr(kShortSize + i * kAddressBytes, kAddressBytes));
    out += std::string(shown < wanted ? (shown ? ", ..." : "...") : "") + "]";
  }
  if (b.size() > kShortSize + room * kAddressBytes) out += ", ...";
  return out;
}

}  // namespace lzp::cli
