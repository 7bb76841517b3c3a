// cli/launch/zydis_calls.cc — see zydis_calls.h.
#include "cli/launch/zydis_calls.h"

#include "cli/load/on_demand_library.h"

namespace lzp::cli {
namespace {

constexpr char kLibrary[] = "libZydis.so.4.0";  // libzydis4.0's (libzydis-dev depends on it)

const ZydisCalls* Load() {
  static ZydisCalls calls;
  void* library = OpenOnDemand(kLibrary);
  if (library != nullptr && FindFunction(library, "ZydisDecoderInit", &calls.decoder_init) &&
      FindFunction(library, "ZydisDecoderDecodeInstruction", &calls.decode_instruction))
    return &calls;
  SayNotLoaded(kLibrary, "the vDSO plan");
  return nullptr;
}

}  // namespace

const ZydisCalls* Zydis() {
  static const ZydisCalls* const calls = Load();
  return calls;
}

}  // namespace lzp::cli
