// cli/decode/netlink_attributes.h — the attribute lists after a netlink
// message's fixed struct (cli/decode/netlink_attributes.cc),
// and what both it and cli/decode/netlink.cc use: the hex form of netlink
// bytes and runs of length-prefixed records.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "cli/decode/structs.h"

namespace lzp::cli {

// `n` bytes at `at` of `data` (what was copied) as strace's forced-hex string, cut at -s.
std::string NetlinkHex(std::string_view data, uint64_t at, uint64_t n, const FormatOptions& o);

// A run of length-prefixed records (messages, attributes) at `at`, `n`
// bytes, as strace prints one (cli/decode/netlink.cc): fewer than
// `header_size` bytes left are hex; a record whose length (`length_at`) is
// below the header size, or leaves nothing, is the last; several are a
// list, cut at -s unless -v. `item` prints one from its offset, the bytes
// left and its length.
std::string NetlinkRecords(std::string_view data, uint64_t at, uint64_t n, uint64_t header_size, const FormatOptions& o,
                           const std::function<uint32_t(uint64_t at)>& length_at,
                           const std::function<std::string(uint64_t at, uint64_t n, uint32_t length)>& item);

enum class AttributeSet { kLink, kAddress, kInetDiagRequest, kRule };  // after ifinfomsg, ifaddrmsg, inet_diag_req_v2, fib_rule_hdr
// The `n` bytes of attributes at `at`; `family` is the message's (addresses are printed by it).
std::string NetlinkAttributes(std::string_view data, uint64_t at, uint64_t n, AttributeSet set, uint8_t family,
                            const FormatOptions& o);

// NETLINK_SOCK_DIAG requests (cli/decode/netlink_sock_diag.cc): the payload
// of `n` bytes at `at`, or "" when it is not one decoded here.
std::string SockDiagRequest(std::string_view data, uint64_t at, uint64_t n, const FormatOptions& o);

}  // namespace lzp::cli
