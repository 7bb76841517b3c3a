// cli/decode/sockaddr_families.cc — the socket addresses of AF_PACKET
// (struct sockaddr_ll, <linux/if_packet.h>: protocol in network order,
// interface, hardware type, packet type, then as many address bytes as
// sll_halen says, at most 8) and AF_VSOCK (struct sockaddr_vm,
// <linux/vm_sockets.h>: the well-known CIDs and the any-port by name, the
// reserved field only when set), AF_IPX (struct sockaddr_ipx,
// <linux/ipx.h>: port and network in network order, the node's six bytes,
// the type, the zero byte only when set; bytes as C's "%#02x"), AF_XDP
// (struct sockaddr_xdp, <linux/if_xdp.h>: the shared UMEM's fd is a number
// only with XDP_SHARED_UMEM, else hex) and AF_ALG (struct sockaddr_alg,
// <linux/if_alg.h>: the type and name as C strings of their arrays' sizes,
// not cut at -s; the feature and mask words as numbers with their flags in
// a comment; the name runs as far as the address's length, so longer
// addresses have longer names). Shorter than their struct, they are left to
// the generic sa_data form.
#include "cli/decode/sockaddr_families.h"

#include <sys/socket.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

std::optional<std::string> SockaddrLlFields(std::string_view b) {
  constexpr size_t kSize = 20;
  if (b.size() < kSize) return std::nullopt;
  uint8_t halen = Field<uint8_t>(b, 11);
  std::string address;
  for (size_t i = 0; i < std::min<size_t>(halen, 8); ++i)
    address += fmt::format("{}{:#x}", i ? ", " : "", Field<uint8_t>(b, 12 + i));
  return fmt::format(", sll_protocol={}, sll_ifindex={}, sll_hatype={}, sll_pkttype={}, sll_halen={}, sll_addr=[{}]",
                     NetworkOrder(b.substr(2, 2), "htons(" + FlagNames("ethertype", __builtin_bswap16(Field<uint16_t>(b, 2))) + ")"),
                     InterfaceIndex(Field<int32_t>(b, 4)), FormatFlags("arphrd", Field<uint16_t>(b, 8)),
                     FormatFlags("packet_type", Field<uint8_t>(b, 10)), halen, address);
}

namespace {

// -X raw: the number; verbose: the number, the name in a comment.
std::string VsockCid(uint32_t cid) {
  switch (cid) {
    case 0xffffffff: return StyledConstant(Hex(cid), "VMADDR_CID_ANY");
    case 0: return StyledConstant(Hex(cid), "VMADDR_CID_HYPERVISOR");
    case 1: return StyledConstant(Hex(cid), "VMADDR_CID_LOCAL");
    case 2: return StyledConstant(Hex(cid), "VMADDR_CID_HOST");
    default: return Hex(cid);
  }
}

}  // namespace

std::optional<std::string> SockaddrVmFields(std::string_view b) {
  constexpr size_t kSize = 16;
  if (b.size() < kSize) return std::nullopt;
  uint16_t reserved = Field<uint16_t>(b, 2);
  uint32_t port = Field<uint32_t>(b, 4);
  std::string out = reserved ? fmt::format(", svm_reserved1={:#x}", reserved) : "";
  return out + fmt::format(", svm_cid={}, svm_port={}, svm_flags={}", VsockCid(Field<uint32_t>(b, 8)),
                           StyledConstant(Hex(port), port == 0xffffffff ? "VMADDR_PORT_ANY" : ""),
                           FormatFlags("vmaddr_flags", Field<uint8_t>(b, 12)));
}

}  // namespace lzp::cli

namespace lzp::cli {
namespace {

// A char array of `size` bytes read as a C string, as strace prints one: up
// to the first NUL, else its first size-1 bytes and "...".
std::string ArrayString(std::string_view b, size_t offset, size_t size, const FormatOptions& o) {
  std::string_view bytes = b.substr(std::min(offset, b.size()), size);
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) return Quote(bytes.substr(0, nul), StyleOf(o), false);
  return Quote(bytes.substr(0, bytes.empty() ? 0 : bytes.size() - 1), StyleOf(o), true);
}

// "0", or the number with its flags in a comment: "0x1000 /* CRYPTO_ALG_KERN_DRIVER_ONLY */".
std::string CommentedFlags(std::string_view table, uint32_t v) {
  if (v == 0) return "0";
  std::string named = FormatFlags(table, v);
  return Hex(v) + (named.starts_with("0x") ? named.substr(Hex(v).size()) : " /* " + named + " */");
}

}  // namespace

std::optional<std::string> SockaddrAlgFields(std::string_view b, const FormatOptions& o) {
  constexpr size_t kNameOffset = 24;  // sa_family, salg_type[14], salg_feat, salg_mask
  if (b.size() <= kNameOffset) return std::nullopt;
  return fmt::format(", salg_type={}, salg_feat={}, salg_mask={}, salg_name={}", ArrayString(b, 2, 14, o),
                     CommentedFlags("crypto_alg", Field<uint32_t>(b, 16)), CommentedFlags("crypto_alg", Field<uint32_t>(b, 20)),
                     ArrayString(b, kNameOffset, b.size() - kNameOffset, o));
}

}  // namespace lzp::cli

namespace lzp::cli {
namespace {

std::string ByteHex(uint8_t v) { return v ? fmt::format("{:#x}", v) : "00"; }  // C's "%#02x"

}  // namespace

std::optional<std::string> SockaddrIpxFields(std::string_view b) {
  constexpr size_t kSize = 16;
  if (b.size() < kSize) return std::nullopt;
  std::string node;
  for (size_t i = 0; i < 6; ++i) node += (i ? ", " : "") + ByteHex(Field<uint8_t>(b, 8 + i));
  std::string out = fmt::format(", sipx_port={}, sipx_network=htonl({}), sipx_node=[{}], sipx_type={}",
                                NetworkOrder(b.substr(2, 2), fmt::format("htons({})", __builtin_bswap16(Field<uint16_t>(b, 2)))),
                                Hex(__builtin_bswap32(Field<uint32_t>(b, 4))),
                                node, ByteHex(Field<uint8_t>(b, 14)));
  if (uint8_t zero = Field<uint8_t>(b, 15)) out += ", sipx_zero=" + ByteHex(zero);
  return out;
}

std::optional<std::string> SockaddrXdpFields(std::string_view b) {
  constexpr size_t kSize = 16;
  constexpr uint16_t kSharedUmem = 1;
  if (b.size() < kSize) return std::nullopt;
  uint16_t flags = Field<uint16_t>(b, 2);
  uint32_t fd = Field<uint32_t>(b, 12);
  return fmt::format(", sxdp_flags={}, sxdp_ifindex={}, sxdp_queue_id={}, sxdp_shared_umem_fd={}",
                     FormatFlags("xdp_bind", flags), InterfaceIndex(Field<uint32_t>(b, 4)), Field<uint32_t>(b, 8),
                     flags & kSharedUmem ? fmt::format("{}", fd) : Hex(fd));
}

std::optional<std::string> SockaddrFamilyFields(uint16_t family, std::string_view b, const FormatOptions& o) {
  switch (family) {
    case AF_PACKET: return SockaddrLlFields(b);
    case AF_VSOCK: return SockaddrVmFields(b);
    case AF_ALG: return SockaddrAlgFields(b, o);
    case AF_IPX: return SockaddrIpxFields(b);
    case AF_XDP: return SockaddrXdpFields(b);
    case AF_AX25: return SockaddrAx25Fields(b);
    case AF_BLUETOOTH: return SockaddrBluetoothFields(b);
    default: return std::nullopt;
  }
}

}  // namespace lzp::cli
