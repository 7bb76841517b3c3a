// cli/launch/vdso_plan_cache.cc — see vdso_plan_cache.h.
//
// The build id is read from our own executable's PT_NOTE segments
// (dl_iterate_phdr's first object is the program), once per process.
#include "cli/launch/vdso_plan_cache.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace lzp::cli {
namespace {

// The NT_GNU_BUILD_ID note of the program, in hex ("" if it has none).
int FindBuildId(struct dl_phdr_info* info, size_t, void* out) {
  auto* hex = static_cast<std::string*>(out);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* at = reinterpret_cast<const uint8_t*>(info->dlpi_addr + ph.p_vaddr);
    const uint8_t* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
      const uint8_t* name = at + sizeof(ElfW(Nhdr));
      const uint8_t* desc = name + ((note->n_namesz + 3) & ~3u);
      if (desc + note->n_descsz > end) break;
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
        for (uint32_t b = 0; b < note->n_descsz; ++b) {
          char two[3];
          std::snprintf(two, sizeof(two), "%02x", desc[b]);
          *hex += two;
        }
        return 1;
      }
      at = desc + ((note->n_descsz + 3) & ~3u);
    }
  }
  return 1;  // only the first object (the program) is looked at
}

const std::string& OurBuildId() {
  static const std::string id = [] {
    std::string hex;
    dl_iterate_phdr(FindBuildId, &hex);
    return hex;
  }();
  return id;
}

std::string KeptPlanPath(const std::string& dir, uint64_t image_size, uint64_t image_hash) {
  if (OurBuildId().empty()) return "";
  char name[64];
  std::snprintf(name, sizeof(name), "-%llx-%016llx", (unsigned long long)image_size, (unsigned long long)image_hash);
  return dir + "/vdso-plan-" + OurBuildId() + name;
}

}  // namespace

bool LoadKeptVdsoPlan(const std::string& dir, uint64_t image_size, uint64_t image_hash, proto::VdsoPlan* plan) {
  std::string path = KeptPlanPath(dir, image_size, image_hash);
  if (path.empty()) return false;
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  proto::VdsoPlan kept;
  bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() && (st.st_mode & 022) == 0 &&
            st.st_size == static_cast<off_t>(sizeof(kept)) && read(fd, &kept, sizeof(kept)) == static_cast<ssize_t>(sizeof(kept));
  close(fd);
  if (!ok || kept.image_size != image_size || kept.image_hash != image_hash || kept.count == 0 ||
      kept.count > sizeof(kept.hooks) / sizeof(kept.hooks[0]))
    return false;
  *plan = kept;
  return true;
}

void KeepVdsoPlan(const std::string& dir, const proto::VdsoPlan& plan) {
  std::string path = KeptPlanPath(dir, plan.image_size, plan.image_hash);
  if (path.empty() || plan.count == 0) return;
  std::string temp = path + ".tmp." + std::to_string(getpid());
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
  if (fd < 0) return;
  bool written = write(fd, &plan, sizeof(plan)) == static_cast<ssize_t>(sizeof(plan));
  if (close(fd) != 0 || !written || rename(temp.c_str(), path.c_str()) != 0) unlink(temp.c_str());
}

}  // namespace lzp::cli
