// cli/print/flags_format.h — flag and enum values by name (syscalltable/flags/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lzp::cli {

// Formats `value` with the named table: "O_RDONLY|O_CLOEXEC", "SEEK_SET",
// "MAP_PRIVATE|0x80000000". Unknown tables and values fall back to hex.
std::string FormatFlags(std::string_view table, uint64_t value);
// The name FormatFlags prints for `value` of an enum table (the whole text
// it prints then); nullptr for a flags table, an unknown table or a value
// with no name.
const char* EnumName(std::string_view table, uint64_t value);

// "0" or "0x1f" as strace prints raw numbers (%#x).
std::string Hex(uint64_t value);

}  // namespace lzp::cli
