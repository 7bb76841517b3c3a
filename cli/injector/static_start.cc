// cli/injector/static_start.cc — see static_start.h.
#include "cli/injector/static_start.h"

#include <elf.h>

#include <fstream>

#include "tracer/elf_probe.h"

namespace lzp::cli::injector {

bool IsStaticImage(pid_t tid) {
  std::ifstream exe("/proc/" + std::to_string(tid) + "/exe", std::ios::binary);
  char head[4096];
  exe.read(head, sizeof(head));
  std::streamsize got = exe.gcount();
  if (got < static_cast<std::streamsize>(sizeof(Elf64_Ehdr))) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(head);
  return ProbeElf(bytes, static_cast<uint64_t>(got)) == Traceability::kStatic &&  // (the interposer's own test)
         reinterpret_cast<const Elf64_Ehdr*>(head)->e_machine == EM_X86_64;
}

StartOutcome StartInterposer(pid_t tid, const InterposerImage& image, const std::string& interposer_path,
                             const proto::RingControl& ring) {
  return InterposerLoader(tid, image).Run(interposer_path, ring, false);
}

}  // namespace lzp::cli::injector
