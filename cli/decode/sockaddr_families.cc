// cli/decode/sockaddr_families.cc — the socket addresses of AF_PACKET
// (struct sockaddr_ll, <linux/if_packet.h>: protocol in network order,
// interface, hardware type, packet type, then as many address bytes as
// sll_halen says, at most 8) and AF_VSOCK (struct sockaddr_vm,
// <linux/vm_sockets.h>: the well-known CIDs and the any-port by name, the
// reserved field only when set). Shorter than their struct, both are left to
// the generic sa_data form.
#include "cli/decode/sockaddr_families.h"

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {

std::optional<std::string> SockaddrLlFields(std::string_view b) {
  constexpr size_t kSize = 20;
  if (b.size() < kSize) return std::nullopt;
  uint8_t halen = Field<uint8_t>(b, 11);
  std::string address;
  for (size_t i = 0; i < std::min<size_t>(halen, 8); ++i)
    address += fmt::format("{}{:#x}", i ? ", " : "", Field<uint8_t>(b, 12 + i));
  return fmt::format(", sll_protocol=htons({}), sll_ifindex={}, sll_hatype={}, sll_pkttype={}, sll_halen={}, sll_addr=[{}]",
                     FormatFlags("ethertype", __builtin_bswap16(Field<uint16_t>(b, 2))),
                     InterfaceIndex(Field<int32_t>(b, 4)), FormatFlags("arphrd", Field<uint16_t>(b, 8)),
                     FormatFlags("packet_type", Field<uint8_t>(b, 10)), halen, address);
}

namespace {

std::string VsockCid(uint32_t cid) {
  switch (cid) {
    case 0xffffffff: return "VMADDR_CID_ANY";
    case 0: return "VMADDR_CID_HYPERVISOR";
    case 1: return "VMADDR_CID_LOCAL";
    case 2: return "VMADDR_CID_HOST";
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
                           port == 0xffffffff ? "VMADDR_PORT_ANY" : Hex(port),
                           FormatFlags("vmaddr_flags", Field<uint8_t>(b, 12)));
}

}  // namespace lzp::cli
