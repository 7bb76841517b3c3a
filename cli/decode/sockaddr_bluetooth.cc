// cli/decode/sockaddr_bluetooth.cc — AF_BLUETOOTH socket addresses as strace
// 6.1 prints them. The address does not say its protocol, so its length
// picks the struct (<net/bluetooth/hci_sock.h>, sco.h, rfcomm.h, l2cap.h):
//   4, 6    struct sockaddr_hci {family, u16 hci_dev, u16 hci_channel} (4: no channel)
//   8       struct sockaddr_sco {family, bdaddr_t sco_bdaddr}
//   10      struct sockaddr_rc {family, bdaddr_t rc_bdaddr, u8 rc_channel}
//   12, 14  struct sockaddr_l2 {family, u16 l2_psm, bdaddr_t l2_bdaddr, u16 l2_cid,
//           u8 l2_bdaddr_type} (12: no address type)
// Any other length is the generic sa_data. Bluetooth's u16s are little
// endian ("htobs(...)"); a device address prints its bytes in order as
// xx:xx:...; PSMs and CIDs by name (flags/l2cap_psm.tbl, l2cap_cid.tbl), or
// as an offset from the start of their dynamic range.
#include "cli/decode/sockaddr_families.h"

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

// xx:xx:xx:xx:xx:xx; -X raw: the bytes quoted; verbose: both.
std::string Bdaddr(std::string_view b, size_t at) {
  std::string out;
  for (size_t i = 0; i < 6; ++i) out += fmt::format("{}{:02x}", i ? ":" : "", Field<uint8_t>(b, at + i));
  return NetworkOrder(b.substr(at, 6), out);
}

// A PSM or CID: its name, else "BASE+offset" inside a dynamic range (the
// ranges' ends have names of their own), else the table's unknown form.
// -X raw: the number; verbose: "0x4141 /* 0x1001 /* L2CAP_PSM_DYN_START */+12608 */".
struct DynamicRange { uint16_t first, last; const char* base; };

std::string Numbered(std::string_view table, uint16_t v, std::initializer_list<DynamicRange> ranges) {
  if (EnumName(table, v) == nullptr)
    for (const DynamicRange& r : ranges)
      if (v > r.first && v <= r.last)
        return StyledConstant(Hex(v), fmt::format("{}+{}", StyledConstant(Hex(r.first), r.base), v - r.first));
  return FormatFlags(table, v);
}

std::string L2cap(std::string_view b) {
  std::string psm = Numbered("l2cap_psm", Field<uint16_t>(b, 2),
                             {{0x80, 0xff, "L2CAP_PSM_LE_DYN_START"}, {0x1001, 0xffff, "L2CAP_PSM_DYN_START"}});
  std::string cid = Numbered("l2cap_cid", Field<uint16_t>(b, 10), {{0x40, 0xffff, "L2CAP_CID_DYN_START"}});
  std::string out = fmt::format(", l2_psm=htobs({}), l2_bdaddr={}, l2_cid=htobs({})", psm, Bdaddr(b, 4), cid);
  if (b.size() == 14) out += ", l2_bdaddr_type=" + FormatFlags("bdaddr_type", Field<uint8_t>(b, 12));
  return out;
}

}  // namespace

std::optional<std::string> SockaddrBluetoothFields(std::string_view b) {
  switch (b.size()) {
    case 4: return fmt::format(", hci_dev=htobs({})", Field<uint16_t>(b, 2));
    case 6:
      return fmt::format(", hci_dev=htobs({}), hci_channel={}", Field<uint16_t>(b, 2),
                         FormatFlags("hci_channel", Field<uint16_t>(b, 4)));
    case 8: return ", sco_bdaddr=" + Bdaddr(b, 2);
    case 10: return fmt::format(", rc_bdaddr={}, rc_channel={}", Bdaddr(b, 2), Field<uint8_t>(b, 8));
    case 12: case 14: return L2cap(b);
    default: return std::nullopt;
  }
}

}  // namespace lzp::cli
