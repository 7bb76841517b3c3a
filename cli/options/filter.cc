// cli/options/filter.cc — parses -e QUALIFIER=[!]VALUE[,VALUE...] as strace 6.1 does.
//
// trace= values: syscall names, "?name" (no error if unknown), /REGEX (POSIX
// extended, as strace's regcomp), %CLASS or a legacy bare class name
// (file, process, network, net, signal, ipc, desc, memory), all, none, and
// lzptrace's %vdso (clock_gettime, gettimeofday, time, clock_getres, getcpu,
// getrandom served by the vDSO; "!%vdso" stops recording them and only them). A
// leading '!' negates the whole set. A later -e trace= replaces an earlier
// one. An expression without a qualifier is a trace= expression. Qualifiers
// lzptrace does not implement yet (kvm) are refused by name. inject= and
// fault= are parsed in inject_rule.cc.
#include "cli/options/filter.h"

#include "cli/options/inject_rule.h"

#include <regex.h>
#include <signal.h>

#include <cctype>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "syscalltable/tables.h"

namespace lzp::cli {
namespace {

std::vector<std::string_view> Split(std::string_view list) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

uint32_t ClassBits(std::string_view name) {
  if (name == "%%stat") return table::kStat | table::kLstat | table::kFstat;
  if (name == "%%statfs") return table::kStatfs | table::kFstatfs;
  for (int i = 0; i < table::kClassNameCount; ++i)
    if (name == table::kClassNames[i].name) return table::kClassNames[i].bit;
  // Legacy spellings without '%'.
  static const std::pair<const char*, uint32_t> kLegacy[] = {
      {"file", table::kFile}, {"process", table::kProcess}, {"network", table::kNetwork}, {"net", table::kNetwork},
      {"signal", table::kSignal}, {"ipc", table::kIpc}, {"desc", table::kDesc}, {"memory", table::kMemory}};
  for (auto& [legacy, bit] : kLegacy)
    if (name == legacy) return bit;
  if (name == "%net") return table::kNetwork;
  return 0;
}

bool ApplyTrace(std::string_view value, Filters* f, std::string* error) {
  std::bitset<512> set;
  bool vdso = true;
  if (!ParseSyscallSet(value, &set, &vdso, error)) return false;
  // A number without a name is shown whatever the set, as strace shows it
  // (`syscall_0x1d6(...)` under -e trace=openat, even trace=none): no name,
  // class or regex can select it, so no expression can leave it out either.
  for (int nr = 0; nr < 512; ++nr)
    if (table::SyscallByNumber(nr) == nullptr) set.set(nr);
  f->trace = set;
  f->vdso = vdso;
  return true;
}

// A run of the quantifiers * + ? on one atom as the one quantifier it means
// ("a++" is "a+", "a?+" is "a*"): glibc's regcomp copies the atom's tree for
// each of them, exponential in the run's length ("/a++++++++++++++++++++++++"
// took minutes).
std::string CollapseQuantifiers(std::string_view pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // an escaped character
      out.append(pattern.substr(i, 2));
      i += 2;
    } else if (c == '[') {  // a bracket expression: "]" first is literal, "[:alpha:]" nests
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') {
        if (pattern[j] == '[' && j + 1 < pattern.size() && std::strchr(":.=", pattern[j + 1])) {
          size_t end = pattern.find(std::string{pattern[j + 1], ']'}, j + 2);
          j = end == std::string_view::npos ? pattern.size() : end + 2;
        } else {
          ++j;
        }
      }
      j = std::min(j + 1, pattern.size());
      out.append(pattern.substr(i, j - i));
      i = j;
    } else if (std::strchr("*+?", c) && !out.empty() && !std::strchr("(|", out.back())) {
      size_t j = i;
      bool all_plus = true, all_question = true;
      for (; j < pattern.size() && std::strchr("*+?", pattern[j]); ++j) {
        all_plus &= pattern[j] == '+';
        all_question &= pattern[j] == '?';
      }
      out += all_plus ? '+' : all_question ? '?' : '*';
      i = j;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}


// The shape shared by signal=, read= and write=: an optional leading '!',
// then a comma list of "all", "none" or items that `parse_item` turns into a
// bit index (or -1 when invalid, naming the bad token in *error).
template <size_t N, typename ParseItem>
bool ParseNegatableSet(std::string_view value, std::bitset<N>* out, std::string* error, ParseItem parse_item) {
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  std::bitset<N> set;
  for (std::string_view token : Split(value)) {
    if (token == "all") { set.set(); continue; }
    if (token == "none") continue;
    int bit = parse_item(token);
    if (bit < 0 || static_cast<size_t>(bit) >= N) {
      *error = parse_item.Complaint(token);
      return false;
    }
    set.set(bit);
  }
  *out = negate ? ~set : set;
  return true;
}

// Decimal number of at most `max_digits` digits, or -1.
int ParseSmallDecimal(std::string_view token, size_t max_digits) {
  if (token.empty() || token.size() > max_digits) return -1;
  int n = 0;
  for (char c : token) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

struct FdItem {
  std::string_view qualifier;
  int operator()(std::string_view token) const { return ParseSmallDecimal(token, 4); }
  std::string Complaint(std::string_view token) const {
    return "invalid descriptor '" + std::string(token) + "' in " + std::string(qualifier) + "=";
  }
};

struct SignalItem {
  int operator()(std::string_view token) const {
    int sig = !token.empty() && std::isdigit(static_cast<unsigned char>(token[0])) ? ParseSmallDecimal(token, 3)
                                                                                   : table::SignalNumberByName(token);
    return sig >= 1 ? sig : -1;  // bit 0 is no signal
  }
  std::string Complaint(std::string_view token) const { return "invalid signal '" + std::string(token) + "'"; }
};

// read=/write=: a set of fds (numbers < 1024, all, none, leading '!').
bool ApplyFdSet(std::string_view qualifier, std::string_view value, std::bitset<1024>* out, std::string* error) {
  return ParseNegatableSet(value, out, error, FdItem{qualifier});
}

bool ApplySignal(std::string_view value, Filters* f, std::string* error) {
  return ParseNegatableSet(value, &f->signals, error, SignalItem{});
}

bool ApplyStatus(std::string_view value, Filters* f, std::string* error) {
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  uint32_t set = 0;
  for (std::string_view token : Split(value)) {
    if (token == "all") set |= kStatusAll;
    else if (token == "none") continue;
    else if (token == "successful") set |= kStatusSuccessful;
    else if (token == "failed") set |= kStatusFailed;
    else if (token == "unfinished") set |= kStatusUnfinished;
    else if (token == "unavailable") set |= kStatusUnavailable;
    else if (token == "detached") set |= kStatusDetached;
    else {
      *error = "invalid status '" + std::string(token) + "'";
      return false;
    }
  }
  f->status = negate ? (~set & kStatusAll) : set;
  return true;
}

}  // namespace

bool ParseSyscallSet(std::string_view value, std::bitset<512>* out, bool* vdso, std::string* error) {
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  std::bitset<512> set;
  bool vdso_named = false;
  for (std::string_view token : Split(value)) {
    if (token == "all") { set.set(); continue; }
    if (token == "%vdso") {  // lzptrace's own class: the calls the vDSO serves without a syscall
      vdso_named = true;
      continue;
    }
    if (token == "none") continue;
    if (!token.empty() && token[0] == '/') {
      regex_t re;
      std::string pattern(token.substr(1));
      int rc = regcomp(&re, CollapseQuantifiers(pattern).c_str(), REG_EXTENDED | REG_NOSUB);
      if (rc != 0) {
        char message[256];
        regerror(rc, &re, message, sizeof(message));
        *error = "regcomp: " + pattern + ": " + message;
        return false;
      }
      for (int nr = 0; nr < table::kSyscallCount; ++nr)
        if (table::kSyscalls[nr].name && regexec(&re, table::kSyscalls[nr].name, 0, nullptr, 0) == 0) set.set(nr);
      regfree(&re);
      continue;
    }
    bool optional = !token.empty() && token[0] == '?';
    std::string_view name = optional ? token.substr(1) : token;
    if (uint32_t bits = ClassBits(name); bits != 0) {
      for (int nr = 0; nr < table::kSyscallCount; ++nr)
        if (table::kSyscalls[nr].name && (table::kSyscalls[nr].classes & bits)) set.set(nr);
      continue;
    }
    int nr = table::SyscallNumberByName(name);
    if (nr >= 0) {
      set.set(nr);
    } else if (!optional) {
      *error = "invalid system call '" + std::string(token) + "'";
      return false;
    }
  }
  // %vdso selects the vDSO's calls (recorded under their syscalls' names);
  // "!%vdso" turns them off and leaves the real syscalls of those names alone.
  if (vdso_named && !negate)
    for (const char* name : {"clock_gettime", "gettimeofday", "time", "clock_getres", "getcpu", "getrandom"})
      set.set(table::SyscallNumberByName(name));
  *out = negate ? ~set : set;
  *vdso = !(negate && vdso_named);
  return true;
}

bool ApplyExpression(std::string_view expression, Filters* filters, std::string* error) {
  size_t eq = expression.find('=');
  std::string_view qualifier = eq == std::string_view::npos ? "trace" : expression.substr(0, eq);
  std::string_view value = eq == std::string_view::npos ? expression : expression.substr(eq + 1);
  if (qualifier == "trace" || qualifier == "t") return ApplyTrace(value, filters, error);
  if (qualifier == "signal" || qualifier == "signals" || qualifier == "s") return ApplySignal(value, filters, error);
  if (qualifier == "status") return ApplyStatus(value, filters, error);
  if (qualifier == "inject" || qualifier == "fault") return ApplyInjection(qualifier, value, filters, error);
  bool vdso;
  if (qualifier == "raw" || qualifier == "x") return ParseSyscallSet(value, &filters->raw, &vdso, error);
  if (qualifier == "abbrev" || qualifier == "a") return ParseSyscallSet(value, &filters->abbrev, &vdso, error);
  if (qualifier == "verbose" || qualifier == "v") return ParseSyscallSet(value, &filters->verbose, &vdso, error);
  if (qualifier == "read" || qualifier == "reads" || qualifier == "r")
    return ApplyFdSet(qualifier, value, &filters->read_fds, error);
  if (qualifier == "write" || qualifier == "writes" || qualifier == "w")
    return ApplyFdSet(qualifier, value, &filters->write_fds, error);
  // strace reads an unknown qualifier as a list of syscall names.
  *error = "invalid system call '" + std::string(expression) + "'";
  return false;
}

}  // namespace lzp::cli

namespace lzp::cli {
uint32_t SyscallClassBits(std::string_view name) { return ClassBits(name); }
}  // namespace lzp::cli
