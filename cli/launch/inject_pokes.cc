// cli/launch/inject_pokes.cc — see inject_pokes.h.
#include "cli/launch/inject_pokes.h"

#include <cstring>

#include "syscalltable/tables.h"

namespace lzp::cli {

void WriteInjectPokes(const std::vector<InjectRule>& rules, bool all_names, proto::InjectPokes* out) {
  uint32_t used = 1;  // bytes[0]: the empty name
  auto append = [&](const void* data, size_t size) -> bool {
    if (used + size > sizeof(out->bytes) - 1) return false;  // the last byte stays a NUL (inject.cc)
    std::memcpy(out->bytes + used, data, size);
    used += static_cast<uint32_t>(size);
    return true;
  };
  for (size_t rule = 0; rule < rules.size(); ++rule) {
    for (const InjectPoke& poke : rules[rule].pokes) {
      if (out->count == proto::kMaxPokes) break;
      uint32_t at = used;
      if (!append(poke.bytes.data(), poke.bytes.size())) break;
      out->pokes[out->count++] = {static_cast<uint8_t>(rule), static_cast<uint8_t>(poke.arg),
                                  static_cast<uint8_t>(poke.at_exit), 0, static_cast<uint16_t>(poke.bytes.size()),
                                  static_cast<uint16_t>(at)};
    }
  }
  for (int nr = 0; nr < 512; ++nr) {
    const table::SyscallInfo* info = table::SyscallByNumber(nr);
    out->nargs[nr] = info != nullptr ? info->nargs : 6;
    bool needed = all_names;
    for (const InjectRule& rule : rules) needed |= rule.syscalls.test(nr) && !rule.pokes.empty();
    if (!needed || info == nullptr || info->name == nullptr) continue;
    uint32_t at = used;
    if (append(info->name, std::strlen(info->name) + 1)) out->name[nr] = static_cast<uint16_t>(at);
  }
  out->bytes_used = used;
}

}  // namespace lzp::cli
