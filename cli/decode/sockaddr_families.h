// cli/decode/sockaddr_families.h — the fields after sa_family of socket
// addresses of the less common families, or nullopt when the address is
// shorter than its struct (cli/decode/sockaddr_families.cc, and a file of
// their own for AX.25 and Bluetooth).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cli/decode/structs.h"

namespace lzp::cli {

std::optional<std::string> SockaddrLlFields(std::string_view b);  // AF_PACKET
std::optional<std::string> SockaddrVmFields(std::string_view b);  // AF_VSOCK
std::optional<std::string> SockaddrAlgFields(std::string_view b, const FormatOptions& o);  // AF_ALG
std::optional<std::string> SockaddrIpxFields(std::string_view b);  // AF_IPX
std::optional<std::string> SockaddrXdpFields(std::string_view b);  // AF_XDP
std::optional<std::string> SockaddrAx25Fields(std::string_view b);  // AF_AX25 (sockaddr_ax25.cc)
std::optional<std::string> SockaddrBluetoothFields(std::string_view b);  // AF_BLUETOOTH (sockaddr_bluetooth.cc)
// The fields of any family above, or nullopt (no decoder, or too short).
std::optional<std::string> SockaddrFamilyFields(uint16_t family, std::string_view b, const FormatOptions& o);

}  // namespace lzp::cli
