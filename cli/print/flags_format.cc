// cli/print/flags_format.cc — strace's printflags()/printxval(): a field first (the
// access mode of open, the type of socket and mmap), then every known bit in
// table order, then the unknown remainder in hex, joined by '|'. A value, or
// a set of bits, with no known name at all gets the table's "/* X_??? */".
// A number kept in some bits (mmap's huge page size) follows as "21<<NAME",
// after the unknown remainder.
#include "cli/print/flags_format.h"

#include <fmt/format.h>

#include "cli/print/append_text.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/flags.h"

namespace lzp::cli {

std::string Hex(uint64_t value) {
  if (value == 0) return "0";
  std::string out;
  AppendHex0x(out, value);
  return out;
}

namespace {

std::string WithUnknownComment(const table::FlagTable& t, uint64_t value) {
  if (t.unknown == nullptr) return Hex(value);
  return Hex(value) + " /* " + t.unknown + " */";
}

// table::FlagTableByName hashes the name; the names come from the static
// syscall tables (the same pointer every time), so a small direct-mapped
// cache keyed by the pointer answers first, its hit confirmed by comparing
// the name with the table's own (a name built elsewhere may reuse an address).
const table::FlagTable* CachedFlagTable(std::string_view name) {
  thread_local const table::FlagTable* cache[64] = {};
  thread_local const char* keys[64] = {};
  size_t slot = (reinterpret_cast<uintptr_t>(name.data()) >> 3) & 63;
  const table::FlagTable* t = cache[slot];
  if (t != nullptr && keys[slot] == name.data() && name == t->name) return t;
  t = table::FlagTableByName(name);
  if (t != nullptr) {
    cache[slot] = t;
    keys[slot] = name.data();
  }
  return t;
}

}  // namespace

namespace {

const char* NameInEnum(const table::FlagTable& t, uint64_t value) {
  for (const table::FlagEntry* e = t.entries; e->name; ++e)
    if (e->value == value || static_cast<int32_t>(e->value) == static_cast<int32_t>(value)) return e->name;
  return nullptr;
}

}  // namespace

const char* EnumName(std::string_view table, uint64_t value) {
  const table::FlagTable* t = CachedFlagTable(table);
  return t != nullptr && t->is_enum ? NameInEnum(*t, value) : nullptr;
}

std::string FormatFlags(std::string_view name, uint64_t value) {
  const table::FlagTable* t = CachedFlagTable(name);
  if (t == nullptr) return Hex(value);
  if (t->is_enum) {
    const char* known = NameInEnum(*t, value);
    return known != nullptr ? known : WithUnknownComment(*t, value);
  }
  std::string out;
  auto add = [&](const std::string& part) {
    if (!out.empty()) out += '|';
    out += part;
  };
  uint64_t rest = value;
  uint64_t unknown_field = 0;  // a field value without a name is printed with the remainder
  for (const table::FlagField* f = t->fields; f->mask != 0; ++f) {
    uint64_t field = value & f->mask;
    const char* label = nullptr;
    for (const table::FlagEntry* e = f->values; e->name; ++e)
      if (e->value == field) label = e->name;
    if (label != nullptr) add(label);
    else if (f->unknown != nullptr) add(Hex(field) + " /* " + f->unknown + " */");
    else unknown_field |= field;
    rest &= ~f->mask;
  }
  uint64_t signal = t->signal_mask ? rest & t->signal_mask : 0;
  rest &= ~t->signal_mask;
  uint64_t shifted = rest & t->shifted_mask;
  rest &= ~t->shifted_mask;
  bool named_bit = false;
  for (const table::FlagEntry* e = t->entries; e->name && rest; ++e) {
    if (e->value != 0 && (rest & e->value) == e->value) {
      add(e->name);
      rest &= ~e->value;
      named_bit = true;
    }
  }
  rest |= unknown_field;
  if (rest != 0) add(named_bit ? Hex(rest) : WithUnknownComment(*t, rest));  // memfd: "0x20 /* MFD_??? */|21<<MFD_HUGE_SHIFT"
  if (shifted != 0) add(fmt::format("{}<<{}", shifted >> t->shift, t->shift_name));
  if (signal != 0) add(SignalLabel(static_cast<int>(signal)));
  if (out.empty()) return t->zero ? t->zero : "0";
  return out;
}

}  // namespace lzp::cli
