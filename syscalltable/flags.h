// syscalltable/flags.h — named constants for flag and enum arguments, from
// the data files in flags/ (each names the kernel header it comes from).
#pragma once

#include <cstdint>
#include <string_view>

namespace lzp::table {

struct FlagEntry { const char* name; uint64_t value; };  // lists end with name == nullptr

// A field's value with no name is printed in the flags' hex remainder, or in
// its own place as "0xf /* MAP_??? */" when the field has an unknown comment.
struct FlagField { uint64_t mask; const FlagEntry* values; const char* unknown; };  // lists end with mask == 0

struct FlagTable {
  const char* name;
  bool is_enum;
  const char* zero;          // flags: the name of 0, or nullptr
  const FlagField* fields;   // flags: multi-bit fields printed first by name, in order
  uint64_t signal_mask;      // flags: a field holding a signal number
  const FlagEntry* entries;
  const char* unknown;       // strace's comment for a value with no known name ("SEEK_???"), or nullptr
  uint64_t shifted_mask;     // flags: a number kept in these bits, printed after the named bits
  int shift;                 //   as "N<<NAME" (mmap's page size: "21<<MAP_HUGE_SHIFT")
  const char* shift_name;
  bool fields_apart;         // -X raw|verbose: each field, then the other bits, a constant of its own
  bool verbose_repeats_unknown;  // -X verbose: "0xf0 /* 0xf0 /* MFD_??? */ */" (strace's memfd_create)
  bool decimal;              // -X raw|verbose: the number in signed decimal ("-1"), not hex
  bool raw_zero_field_empty;  // -X raw: a zero field prints nothing (statx's "|0x1000")
  bool shift_apart;          // -X raw|verbose: the shifted number apart, "|21<<26" (shmget)
};

extern const FlagTable kFlagTables[];
extern const int kFlagTableCount;

const FlagTable* FlagTableByName(std::string_view name);

}  // namespace lzp::table
