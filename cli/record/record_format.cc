// cli/record/record_format.cc — the syscall table's fingerprint: an FNV-1a
// hash over every number's name, return kind and argument kinds, so that a
// recording is refused by a build that would decode it differently.
#include "cli/record/record_format.h"

#include "syscalltable/tables.h"

namespace lzp::cli::record {

uint64_t TableVersion() {
  static const uint64_t version = [] {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* data, uint64_t size) {
      const auto* bytes = static_cast<const uint8_t*>(data);
      for (uint64_t i = 0; i < size; ++i) h = (h ^ bytes[i]) * 1099511628211ull;
    };
    for (int nr = 0; nr < table::kSyscallCount; ++nr) {
      const table::SyscallInfo& info = table::kSyscalls[nr];
      mix(&nr, sizeof(nr));
      if (info.name == nullptr) continue;
      mix(info.name, std::strlen(info.name));
      uint8_t shape[2 + 6] = {static_cast<uint8_t>(info.ret), info.nargs};
      for (int a = 0; a < 6; ++a) shape[2 + a] = static_cast<uint8_t>(info.args[a].kind);
      mix(shape, sizeof(shape));
    }
    return h;
  }();
  return version;
}

}  // namespace lzp::cli::record
