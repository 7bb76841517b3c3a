// cli/options/inject_rule.cc — see inject_rule.h.
//
// A rule is split at ':' into its syscall set and tokens; each token is
// checked on its own, then the rule as a whole (something to do; error and
// retval not both). poke values follow strace's reading: a comma list (empty
// items skipped) of @argN=HEX with N a single digit 1..7, each N once, HEX an
// even number of characters, at most 2 * proto::kPokeMaxBytes, read two at a
// time as sscanf's "%2hhx" reads them.
#include "cli/options/inject_rule.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "syscalltable/tables.h"
#include "tracer/protocol.h"

namespace lzp::cli {
namespace {

// "10", "10us", "5ms", "1s", "200ns": a delay in microseconds.
bool ParseDelay(std::string_view text, uint32_t* micros) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 9) return false;
  uint64_t v = std::stoull(std::string(text.substr(0, digits)));
  std::string_view unit = text.substr(digits);
  if (unit.empty() || unit == "us") *micros = static_cast<uint32_t>(v);
  else if (unit == "ms") *micros = static_cast<uint32_t>(v * 1000);
  else if (unit == "s") *micros = static_cast<uint32_t>(v * 1000000);
  else if (unit == "ns") *micros = static_cast<uint32_t>(v / 1000);
  else return false;
  return true;
}

// "2", "2+", "2+3", "2..5", "2..5+2": which calls (counted from 1) a rule hits.
bool ParseWhen(std::string_view text, InjectRule* r) {
  auto number = [](std::string_view s, uint32_t* out) {
    if (s.empty() || s.size() > 9) return false;
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    *out = static_cast<uint32_t>(std::stoul(std::string(s)));
    return *out > 0;
  };
  size_t plus = text.find('+');
  std::string_view range = text.substr(0, plus);
  size_t dots = range.find("..");
  if (!number(range.substr(0, dots), &r->first)) return false;
  r->last = r->first;
  r->step = 0;
  if (dots != std::string_view::npos && !number(range.substr(dots + 2), &r->last)) return false;
  if (plus != std::string_view::npos) {
    if (dots == std::string_view::npos) r->last = 0;  // "2+": from the second on
    std::string_view step = text.substr(plus + 1);
    r->step = 1;
    if (!step.empty() && !number(step, &r->step)) return false;
  } else if (dots != std::string_view::npos) {
    r->step = 1;
  }
  return r->last == 0 || r->last >= r->first;
}

// What the tracees' poke table (proto::InjectPokes) holds for data; the
// rest is for the names of syscalls in their messages.
constexpr size_t kPokeDataBudget = 24576;

// The calls strace lets syscall= make instead of the original: those
// without side effects.
constexpr const char* kSideEffectFree[] = {"getpid", "getppid", "gettid", "getuid",
                                           "geteuid", "getgid", "getegid", "getpgrp"};

int SideEffectFreeSyscall(std::string_view name) {
  for (const char* candidate : kSideEffectFree)
    if (name == candidate) return table::SyscallNumberByName(name);
  return -1;
}

// HEX: pairs of characters, each read as sscanf's "%2hhx" reads it.
bool ParseHexBytes(const std::string& hex, std::vector<uint8_t>* out) {
  if (hex.empty() || hex.size() % 2 != 0 || hex.size() > 2 * proto::kPokeMaxBytes) return false;
  for (size_t i = 0; i < hex.size(); i += 2) {
    unsigned char byte = 0;
    if (std::sscanf(hex.c_str() + i, "%2hhx", &byte) != 1) return false;
    out->push_back(byte);
  }
  return true;
}

// poke_enter=/poke_exit= values: "@arg2=41424344,@arg3=00".
bool ParsePokes(std::string_view list, bool at_exit, std::vector<InjectPoke>* out) {
  bool seen[8] = {};
  size_t found = 0;
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    if (item.size() < 6 || item.substr(0, 4) != "@arg" || item[4] < '1' || item[4] > '7' || item[5] != '=')
      return false;
    InjectPoke poke;
    poke.arg = item[4] - '0';
    poke.at_exit = at_exit;
    if (seen[poke.arg] || !ParseHexBytes(std::string(item.substr(6)), &poke.bytes)) return false;
    seen[poke.arg] = true;
    out->push_back(std::move(poke));
    ++found;
  }
  return found > 0;
}

}  // namespace

bool ApplyInjection(std::string_view qualifier, std::string_view value, Filters* f, std::string* error) {
  bool fault = qualifier == "fault";
  std::string bad = "invalid " + std::string(qualifier) + " argument '" + std::string(value) + "'";
  InjectRule r;
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t colon = value.find(':', start);
    parts.push_back(value.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  bool vdso;
  if (!ParseSyscallSet(parts[0], &r.syscalls, &vdso, error)) return false;
  bool has_poke_enter = false, has_poke_exit = false;
  for (size_t p = 1; p < parts.size(); ++p) {
    std::string_view item = parts[p];
    size_t eq = item.find('=');
    std::string_view key = item.substr(0, eq), arg = eq == std::string_view::npos ? "" : item.substr(eq + 1);
    bool ok = true;
    if (key == "error") {
      int e = -1;
      for (int i = 0; i < table::kErrnoCount; ++i)
        if (arg == table::kErrnos[i].name) e = table::kErrnos[i].number;
      if (e < 0 && !arg.empty() && std::isdigit(static_cast<unsigned char>(arg[0]))) e = std::atoi(std::string(arg).c_str());
      ok = e > 0 && e < 4096 && !r.has_retval;
      r.error = e;
      r.has_error = true;
    } else if (key == "retval" && !fault) {
      char* end = nullptr;
      std::string text(arg);
      // strace reads it as unsigned: 18446744073709551615 is -1 (a leading '-' wraps as strtoull does)
      r.retval = static_cast<int64_t>(std::strtoull(text.c_str(), &end, 0));
      ok = !text.empty() && *end == '\0' && !r.has_error;
      r.has_retval = true;
    } else if (key == "signal" && !fault) {
      r.signal = table::SignalNumberByName(arg);
      if (r.signal < 0 && !arg.empty() && std::isdigit(static_cast<unsigned char>(arg[0])))
        r.signal = std::atoi(std::string(arg).c_str());
      ok = r.signal >= 1 && r.signal <= 64;
      r.has_signal = true;
    } else if (key == "delay_enter" && !fault) {
      ok = ParseDelay(arg, &r.delay_enter_us);
    } else if (key == "delay_exit" && !fault) {
      ok = ParseDelay(arg, &r.delay_exit_us);
    } else if (key == "when") {
      ok = ParseWhen(arg, &r);
    } else if (key == "syscall") {
      ok = r.replacement < 0 && (r.replacement = SideEffectFreeSyscall(arg)) >= 0;
    } else if ((key == "poke_enter" || key == "poke_exit") && !fault) {
      bool at_exit = key == "poke_exit";
      bool again = (at_exit ? has_poke_exit : has_poke_enter);
      ok = !again && ParsePokes(arg, at_exit, &r.pokes);
      (at_exit ? has_poke_exit : has_poke_enter) = true;
    } else {
      ok = false;
    }
    if (!ok) {
      *error = bad;
      return false;
    }
  }
  if (fault && !r.has_error) {
    r.has_error = true;
    r.error = 38;  // ENOSYS
  }
  if (!r.has_error && !r.has_retval && !r.has_signal && !r.delay_enter_us && !r.delay_exit_us && r.pokes.empty()) {
    *error = bad;
    return false;
  }
  if (f->injections.size() == 8) {
    *error = "at most 8 -e inject=/fault= rules";
    return false;
  }
  size_t poke_bytes = 0;
  for (const InjectRule& rule : f->injections)
    for (const InjectPoke& poke : rule.pokes) poke_bytes += poke.bytes.size();
  for (const InjectPoke& poke : r.pokes) poke_bytes += poke.bytes.size();
  if (poke_bytes > kPokeDataBudget) {
    *error = "at most " + std::to_string(kPokeDataBudget) + " bytes of poke data in all -e inject= rules";
    return false;
  }
  f->injections.push_back(r);
  return true;
}

}  // namespace lzp::cli
