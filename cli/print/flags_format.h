// cli/print/flags_format.h — flag and enum values by name (syscalltable/flags/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "cli/print/const_style.h"

namespace lzp::cli {

// Formats `value` with the named table: "O_RDONLY|O_CLOEXEC", "SEEK_SET",
// "MAP_PRIVATE|0x80000000". Unknown tables and values fall back to hex.
// Follows -X (const_style.h): "0x80000", "0x80000 /* O_RDONLY|O_CLOEXEC */".
std::string FormatFlags(std::string_view table, uint64_t value);
// The name FormatFlags prints for `value` of an enum table (the whole text
// it prints then); nullptr for a flags table, an unknown table or a value
// with no name. The name alone, whatever -X says: a caller that prints it
// as a constant passes it through StyledConstant.
// What FormatFlags prints under -X abbrev, whatever -X says: for the
// annotations strace looks up by name (F_GETFL's "(flags O_RDWR)", prctl's
// "(SUID_DUMP_USER)").
std::string FlagNames(std::string_view table, uint64_t value);
const char* EnumName(std::string_view table, uint64_t value);

// "0" or "0x1f" as strace prints raw numbers (%#x).
std::string Hex(uint64_t value);

}  // namespace lzp::cli
