// cli/decode/ioctl_netdev.cc — the hardware parts of struct ifreq
// (<linux/if.h>) as strace 6.1 prints them: ifr_hwaddr, a sockaddr whose
// family is an ARPHRD_* type and whose sa_data is a hardware address of the
// type's length in colon-separated hex ({sa_family=ARPHRD_ETHER,
// sa_data=02:fc:00:00:00:01}; all 14 bytes for a type with no known
// length), and ifr_map, struct ifmap, every field in hex.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

// Hardware address lengths by ARPHRD_* type (<linux/if_arp.h>), as strace 6.1
// shows them (measured by setting each type in SIOCSIFHWADDR); any other type
// shows all of sa_data.
struct HardwareLength { uint16_t type; uint8_t length; };
constexpr HardwareLength kHardwareLengths[] = {
    {0, 7},    {1, 6},   {3, 7},   {6, 6},   {7, 1},   {15, 2},  {27, 8},  {270, 5}, {271, 5}, {290, 1},
    {768, 4},  {772, 6}, {773, 1}, {774, 6}, {776, 4}, {777, 4}, {778, 4}, {779, 4}, {780, 6}, {783, 4},
    {801, 6},  {802, 6}, {803, 6}, {804, 8}, {805, 8}, {820, 1}, {821, 1}, {822, 1}, {825, 8}, {826, 8},
};
constexpr size_t kSaData = 14;

size_t HardwareLengthOf(uint16_t type) {
  for (const HardwareLength& h : kHardwareLengths)
    if (h.type == type) return h.length;
  return kSaData;
}

}  // namespace

std::string FormatIfreqHardware(proto::IoctlShape shape, std::string_view u) {
  if (shape == proto::IoctlShape::kIfMap)
    return fmt::format("ifr_map={{mem_start={}, mem_end={}, base_addr={}, irq={}, dma={}, port={}}}",
                       Hex(Field<uint64_t>(u, 0)), Hex(Field<uint64_t>(u, 8)), Hex(Field<uint16_t>(u, 16)),
                       Hex(Field<uint8_t>(u, 18)), Hex(Field<uint8_t>(u, 19)), Hex(Field<uint8_t>(u, 20)));
  uint16_t type = Field<uint16_t>(u, 0);
  std::string address;
  for (size_t i = 0; i < HardwareLengthOf(type) && 2 + i < u.size(); ++i)
    address += fmt::format("{}{:02x}", i ? ":" : "", Field<uint8_t>(u, 2 + i));
  // -X raw: all of sa_data's bytes quoted; verbose: them, the address in a comment.
  std::string bytes = NetworkOrder(u.substr(std::min<size_t>(2, u.size()), kSaData), address);
  return fmt::format("ifr_hwaddr={{sa_family={}, sa_data={}}}", FormatFlags("arphrd", type), bytes);
}

}  // namespace lzp::cli
