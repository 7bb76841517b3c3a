// cli/print/flags_format.cc — strace's printflags()/printxval(): a field first (the
// access mode of open, the type of socket and mmap), then every known bit in
// table order, then the unknown remainder in hex, joined by '|'. A value, or
// a set of bits, with no known name at all gets the table's "/* X_??? */".
// A number kept in some bits (mmap's huge page size) follows as "21<<NAME",
// after the unknown remainder. Under -X raw|verbose (const_style.h) the
// number is printed, and under verbose the same names in a comment after it.
#include "cli/print/flags_format.h"

#include <fmt/format.h>

#include "cli/print/append_text.h"
#include "cli/print/const_style.h"
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

// A value as the abbrev style prints it, and whether any name was found in
// it (verbose puts only a text with a name in a comment after the number).
struct Named {
  std::string text;
  bool named;
};

Named EnumText(const table::FlagTable& t, uint64_t value) {
  const char* known = NameInEnum(t, value);
  return known != nullptr ? Named{known, true} : Named{WithUnknownComment(t, value), false};
}

Named FieldText(const table::FlagField& f, uint64_t field) {
  const char* label = nullptr;
  for (const table::FlagEntry* e = f.values; e->name; ++e)
    if (e->value == field) label = e->name;
  if (label != nullptr) return {label, true};
  return {f.unknown != nullptr ? Hex(field) + " /* " + f.unknown + " */" : Hex(field), false};
}

// The fields (with_fields; else their bits are unknown), then the known
// bits, the unknown remainder, the shifted number and the signal, joined by '|'.
Named FlagsText(const table::FlagTable& t, uint64_t value, bool with_fields) {
  std::string out;
  bool named = false;
  auto add = [&](const std::string& part) {
    if (!out.empty()) out += '|';
    out += part;
  };
  uint64_t rest = value;
  uint64_t unknown_field = 0;  // a field value without a name is printed with the remainder
  for (const table::FlagField* f = t.fields; f->mask != 0; ++f) {
    rest &= ~f->mask;
    uint64_t field = value & f->mask;
    if (!with_fields) {  // the caller printed the named fields: what is left of them is unknown
      unknown_field |= field;
      continue;
    }
    Named part = FieldText(*f, field);
    if (part.named || f->unknown != nullptr) add(part.text);
    else unknown_field |= field;
    named |= part.named;
  }
  uint64_t signal = t.signal_mask ? rest & t.signal_mask : 0;
  rest &= ~t.signal_mask;
  uint64_t shifted = rest & t.shifted_mask;
  rest &= ~t.shifted_mask;
  bool named_bit = false;
  for (const table::FlagEntry* e = t.entries; e->name && rest; ++e) {
    if (e->value != 0 && (rest & e->value) == e->value) {
      add(e->name);
      rest &= ~e->value;
      named_bit = true;
    }
  }
  named |= named_bit;
  rest |= unknown_field;
  if (rest != 0) add(named_bit ? Hex(rest) : WithUnknownComment(t, rest));  // memfd: "0x20 /* MFD_??? */|21<<MFD_HUGE_SHIFT"
  if (shifted != 0) add(fmt::format("{}<<{}", shifted >> t.shift, t.shift_name));
  if (signal != 0) add(SignalLabel(static_cast<int>(signal)));
  named |= shifted != 0 || signal != 0;
  if (out.empty()) return t.zero && std::string_view(t.zero) != "0" ? Named{t.zero, true} : Named{"0", false};
  return {out, named};
}

// -X raw|verbose: the number (hex, or decimal for @decimal tables), and
// under verbose the names in a comment; a value with no name keeps its
// "/* X_??? */" under verbose.
std::string Styled(const table::FlagTable& t, uint64_t value, const Named& named) {
  std::string number = t.decimal ? fmt::format("{}", static_cast<int32_t>(value)) : Hex(value);
  if (!named.named) return CurrentConstStyle() == ConstStyle::kRaw ? number : named.text;
  return StyledConstant(number, named.text);
}

// -X raw|verbose: strace prints a flags value as one number, except for a
// signal kept in it (clone's "0x4100|17") and, in the tables marked so
// (syscalltable/gen_flags.cc's directives), each field ("0x1|0x80000" for
// SOCK_STREAM|SOCK_CLOEXEC), the shifted number ("0xa00|21<<26"), a zero
// field as nothing (statx's "|0x1000") and memfd's repeated comment.
std::string StyledFlags(const table::FlagTable& t, uint64_t value) {
  bool started = false;  // a part was added (maybe empty: a zero field under @raw-zero-field-empty)
  if (t.verbose_repeats_unknown && CurrentConstStyle() == ConstStyle::kVerbose && value != 0) {
    Named whole = FlagsText(t, value, true);
    if (!whole.named) return StyledConstant(Hex(value), whole.text);
  }
  std::string out;
  auto add = [&](const std::string& part) {
    if (started) out += '|';
    out += part;
    started = true;
  };
  uint64_t signal = value & t.signal_mask;
  uint64_t shifted = t.shift_apart ? value & t.shifted_mask : 0;
  uint64_t rest = value & ~t.signal_mask & ~shifted;
  if (t.fields_apart) {
    uint64_t unknown_fields = 0;  // a field value without a name or comment is printed with the remainder
    for (const table::FlagField* f = t.fields; f->mask != 0; ++f) {
      Named part = FieldText(*f, rest & f->mask);
      bool empty = t.raw_zero_field_empty && (rest & f->mask) == 0 && CurrentConstStyle() == ConstStyle::kRaw;
      if (empty) add("");
      else if (part.named || f->unknown != nullptr) add(Styled(t, rest & f->mask, part));
      else unknown_fields |= rest & f->mask;
      rest &= ~f->mask;
    }
    rest |= unknown_fields;
    if (rest != 0) add(Styled(t, rest, FlagsText(t, rest, false)));
  } else if (rest != 0 || signal == 0) {
    add(Styled(t, rest, FlagsText(t, rest, true)));
  }
  if (shifted != 0)  // verbose: "21<<26 /* SHM_HUGE_SHIFT */"
    add(StyledConstant(fmt::format("{}<<{}", shifted >> t.shift, t.shift), t.shift_name));
  if (signal != 0) add(SignalConstant(static_cast<int>(signal)));
  return out;
}

}  // namespace

const char* EnumName(std::string_view table, uint64_t value) {
  const table::FlagTable* t = CachedFlagTable(table);
  return t != nullptr && t->is_enum ? NameInEnum(*t, value) : nullptr;
}

std::string FlagNames(std::string_view name, uint64_t value) {
  const table::FlagTable* t = CachedFlagTable(name);
  if (t == nullptr) return Hex(value);
  return t->is_enum ? EnumText(*t, value).text : FlagsText(*t, value, true).text;
}

std::string FormatFlags(std::string_view name, uint64_t value) {
  if (ConstantsAbbreviated()) return FlagNames(name, value);
  const table::FlagTable* t = CachedFlagTable(name);
  if (t == nullptr) return Hex(value);
  return t->is_enum ? Styled(*t, value, EnumText(*t, value)) : StyledFlags(*t, value);
}

}  // namespace lzp::cli
