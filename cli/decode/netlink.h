// cli/decode/netlink.h — netlink messages as strace prints them
// (cli/decode/netlink.cc): sendto's and recvfrom's buffers, and the iovec
// bases of sendmsg and recvmsg (cli/decode/msghdr.cc), on a netlink socket.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "cli/decode/structs.h"

namespace lzp::cli {

// `length` bytes of messages, of which `data` holds what was copied;
// `protocol` as the capture noted it (proto::kNetlinkArg).
std::string FormatNetlinkMessages(std::string_view data, uint64_t length, int32_t protocol, const FormatOptions& o);

}  // namespace lzp::cli
