// syscalltable/lookup.cc — lookups over the generated tables (tables.gen.cc).
// The tables are small; lookups by name are linear scans done once per
// filter expression, never per event.
#include <cstring>
#include <unordered_map>

#include "syscalltable/flags.h"
#include "syscalltable/tables.h"

namespace lzp::table {

const SyscallInfo* SyscallByNumber(uint64_t nr) {
  if (nr >= static_cast<uint64_t>(kSyscallCount) || kSyscalls[nr].name == nullptr) return nullptr;
  return &kSyscalls[nr];
}

int SyscallNumberByName(std::string_view name) {
  for (int nr = 0; nr < kSyscallCount; ++nr)
    if (kSyscalls[nr].name != nullptr && name == kSyscalls[nr].name) return nr;
  return -1;
}

const ErrnoInfo* ErrnoByNumber(int number) {
  for (int i = 0; i < kErrnoCount; ++i)
    if (kErrnos[i].number == number) return &kErrnos[i];
  return nullptr;
}

const char* SignalName(int number) {
  for (int i = 0; i < kSignalCount; ++i)
    if (kSignals[i].number == number) return kSignals[i].name;
  return nullptr;
}

int SignalNumberByName(std::string_view name) {
  if (name.substr(0, 3) == "SIG") name.remove_prefix(3);
  for (int i = 0; i < kSignalCount; ++i)
    if (name == kSignals[i].name + 3) return kSignals[i].number;
  return -1;
}

const FlagTable* FlagTableByName(std::string_view name) {
  // Called for every flag argument printed: a map built once.
  static const std::unordered_map<std::string_view, const FlagTable*> by_name = [] {
    std::unordered_map<std::string_view, const FlagTable*> m;
    for (int i = 0; i < kFlagTableCount; ++i) m.emplace(kFlagTables[i].name, &kFlagTables[i]);
    return m;
  }();
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : it->second;
}

}  // namespace lzp::table
