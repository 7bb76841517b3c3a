// cli/print/flags_format.cc — strace's printflags()/printxval(): a field first (the
// access mode of open, the type of socket and mmap), then every known bit in
// table order, then the unknown remainder in hex, joined by '|'. A value, or
// a set of bits, with no known name at all gets the table's "/* X_??? */".
// A number kept in some bits (mmap's huge page size) follows as "21<<NAME",
// after the unknown remainder.
#include "cli/print/flags_format.h"

#include <fmt/format.h>

#include "cli/print/syscall_format.h"
#include "syscalltable/flags.h"

namespace lzp::cli {

std::string Hex(uint64_t value) { return value == 0 ? "0" : fmt::format("{:#x}", value); }

namespace {

std::string WithUnknownComment(const table::FlagTable& t, uint64_t value) {
  if (t.unknown == nullptr) return Hex(value);
  return Hex(value) + " /* " + t.unknown + " */";
}

}  // namespace

std::string FormatFlags(std::string_view name, uint64_t value) {
  const table::FlagTable* t = table::FlagTableByName(name);
  if (t == nullptr) return Hex(value);
  if (t->is_enum) {
    for (const table::FlagEntry* e = t->entries; e->name; ++e)
      if (e->value == value || static_cast<int32_t>(e->value) == static_cast<int32_t>(value)) return e->name;
    return WithUnknownComment(*t, value);
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
  if (rest != 0) add(named_bit || shifted != 0 ? Hex(rest) : WithUnknownComment(*t, rest));
  if (shifted != 0) add(fmt::format("{}<<{}", shifted >> t->shift, t->shift_name));
  if (signal != 0) add(SignalLabel(static_cast<int>(signal)));
  if (out.empty()) return t->zero ? t->zero : "0";
  return out;
}

}  // namespace lzp::cli
