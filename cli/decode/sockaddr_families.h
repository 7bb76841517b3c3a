// cli/decode/sockaddr_families.h — the fields after sa_family of socket
// addresses of the less common families, or nullopt when the address is
// shorter than its struct (cli/decode/sockaddr_families.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lzp::cli {

std::optional<std::string> SockaddrLlFields(std::string_view b);  // AF_PACKET
std::optional<std::string> SockaddrVmFields(std::string_view b);  // AF_VSOCK

}  // namespace lzp::cli
