// cli/filter.cc — parses -e QUALIFIER=[!]VALUE[,VALUE...] as strace 6.1 does.
//
// trace= values: syscall names, "?name" (no error if unknown), /REGEX (POSIX
// extended, as strace's regcomp), %CLASS or a legacy bare class name
// (file, process, network, net, signal, ipc, desc, memory), all, none, and
// lzptrace's %vdso (clock_gettime, gettimeofday, time, clock_getres, getcpu,
// getrandom served by the vDSO; "!%vdso" stops recording them). A
// leading '!' negates the whole set. A later -e trace= replaces an earlier
// one. An expression without a qualifier is a trace= expression. Qualifiers
// lzptrace does not implement yet (abbrev, verbose, raw, read, write, inject,
// fault, ...) are refused by name.
#include "cli/filter.h"

#include <regex.h>
#include <signal.h>

#include <cctype>
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
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  std::bitset<512> set;
  bool vdso_named = false;
  for (std::string_view token : Split(value)) {
    if (token == "all") { set.set(); continue; }
    if (token == "%vdso") {  // lzptrace's own class: the calls the vDSO serves without a syscall
      vdso_named = true;
      for (const char* name : {"clock_gettime", "gettimeofday", "time", "clock_getres", "getcpu", "getrandom"})
        set.set(table::SyscallNumberByName(name));
      continue;
    }
    if (token == "none") continue;
    if (!token.empty() && token[0] == '/') {
      regex_t re;
      std::string pattern(token.substr(1));
      int rc = regcomp(&re, pattern.c_str(), REG_EXTENDED | REG_NOSUB);
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
  f->trace = negate ? ~set : set;
  f->vdso = !(negate && vdso_named);
  return true;
}

bool ApplySignal(std::string_view value, Filters* f, std::string* error) {
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  std::bitset<65> set;
  for (std::string_view token : Split(value)) {
    if (token == "all") { set.set(); continue; }
    if (token == "none") continue;
    int sig = -1;
    if (!token.empty() && std::isdigit(static_cast<unsigned char>(token[0]))) {
      sig = 0;
      for (char c : token) sig = std::isdigit(static_cast<unsigned char>(c)) && sig < 1000 ? sig * 10 + (c - '0') : -1000;
    } else {
      sig = table::SignalNumberByName(token);
    }
    if (sig < 1 || sig > 64) {
      *error = "invalid signal '" + std::string(token) + "'";
      return false;
    }
    set.set(sig);
  }
  f->signals = negate ? ~set : set;
  return true;
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

bool ApplyExpression(std::string_view expression, Filters* filters, std::string* error) {
  size_t eq = expression.find('=');
  std::string_view qualifier = eq == std::string_view::npos ? "trace" : expression.substr(0, eq);
  std::string_view value = eq == std::string_view::npos ? expression : expression.substr(eq + 1);
  if (qualifier == "trace" || qualifier == "t") return ApplyTrace(value, filters, error);
  if (qualifier == "signal" || qualifier == "signals" || qualifier == "s") return ApplySignal(value, filters, error);
  if (qualifier == "status") return ApplyStatus(value, filters, error);
  static const char* kNotYet[] = {"abbrev", "a", "verbose", "v", "raw", "x", "read", "reads", "r", "write",
                                  "writes", "w", "inject", "fault", "kvm", "quiet", "silent", "silence", "q",
                                  "decode-fds", "decode-fd", "decode-pids", "decode-pid"};
  for (const char* q : kNotYet)
    if (qualifier == q) {
      *error = "-e " + std::string(qualifier) + "= is not supported yet";
      return false;
    }
  // strace reads an unknown qualifier as a list of syscall names.
  *error = "invalid system call '" + std::string(expression) + "'";
  return false;
}

}  // namespace lzp::cli
