// cli/companion/remote_netlink.h — whether a stopped task's fd is a netlink
// socket, and its protocol, as the interposer asks from inside
// (tracer/capture_netlink.cc): for the companion's sendto and recvfrom.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>

namespace lzp::cli::companion {

// nullopt: not a netlink socket; proto::kNetlinkUnbound: one with no port
// id yet; else its protocol.
std::optional<int32_t> RemoteNetlinkProtocol(pid_t tid, uint64_t fd);

}  // namespace lzp::cli::companion
