// syscalltable/flags.h — named constants for flag and enum arguments, from
// the data files in flags/ (each names the kernel header it comes from).
#pragma once

#include <cstdint>
#include <string_view>

namespace lzp::table {

struct FlagEntry { const char* name; uint64_t value; };  // lists end with name == nullptr

struct FlagField { uint64_t mask; const FlagEntry* values; };  // lists end with mask == 0

struct FlagTable {
  const char* name;
  bool is_enum;
  const char* zero;          // flags: the name of 0, or nullptr
  const FlagField* fields;   // flags: multi-bit fields printed first by name, in order
  uint64_t signal_mask;      // flags: a field holding a signal number
  const FlagEntry* entries;
  const char* unknown;       // strace's comment for a value with no known name ("SEEK_???"), or nullptr
};

extern const FlagTable kFlagTables[];
extern const int kFlagTableCount;

const FlagTable* FlagTableByName(std::string_view name);

}  // namespace lzp::table
