// cli/injector/interposer_loader.cc — see interposer_loader.h.
#include "cli/injector/interposer_loader.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "cli/injector/remote_task.h"
#include "cli/injector/sud_config.h"

namespace lzp::cli::injector {
namespace {

constexpr uint64_t kPage = 4096;
uint64_t PageDown(uint64_t v) { return v & ~(kPage - 1); }
uint64_t PageUp(uint64_t v) { return (v + kPage - 1) & ~(kPage - 1); }
bool Failed(int64_t r) { return r < 0 && r >= -4095; }

// The scratch area below the initial stack pointer: the constructor's
// arguments at its low end, its stack above them.
constexpr uint64_t kScratchSize = 64 * 1024;
constexpr uint64_t kArgumentsSize = 8 * 1024;

// The start of the mapping that holds `addr` in /proc/TID/maps, or 0.
uint64_t MappingStart(pid_t tid, uint64_t addr) {
  std::ifstream maps("/proc/" + std::to_string(tid) + "/maps");
  std::string line;
  while (std::getline(maps, line)) {
    uint64_t start = 0, end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx", &start, &end) == 2 && addr >= start && addr < end) return start;
  }
  return 0;
}

std::string ReadProcFile(pid_t tid, const char* name) {
  std::ifstream in("/proc/" + std::to_string(tid) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Builds the constructor's arguments at `at`: envp = {config, audit, NULL},
// then the auxiliary vector, then the two strings. Returns envp's address.
std::string ConstructorArguments(uint64_t at, const std::string& config, const std::string& audit,
                                 const std::string& auxv, uint64_t* envp) {
  std::string block(3 * 8, '\0');
  block += auxv;
  uint64_t strings = at + block.size();
  uint64_t pointers[2] = {strings, strings + config.size() + 1};
  std::memcpy(block.data(), pointers, sizeof(pointers));
  block += config;
  block += '\0';
  block += audit;
  block += '\0';
  *envp = at;
  return block;
}

}  // namespace

class InterposerLoader::Impl {
 public:
  Impl(pid_t tid, const InterposerImage& image) : task_(tid), tid_(tid), image_(image) {}

  StartOutcome Run(const std::string& interposer_path, const proto::RingControl& ring, bool running) {
    StartOutcome out;
    if (running) task_.PlantAt(ProgramEntry(tid_));
    if (!task_.Begin(&out.why)) return out;
    bool started = Start(interposer_path, ring, &out.why);
    if (!started) Undo();
    if (saved_stack_.size() != 0) task_.Write(scratch_, saved_stack_.data(), saved_stack_.size());
    bool ended = !task_.End(/*restart=*/running) && task_.ended();
    out.pending_signal = task_.pending_signal();
    if (ended || task_.ended()) {
      out.result = StartResult::kEnded;
      out.end_status = task_.end_status();
    } else {
      out.result = started ? StartResult::kStarted : StartResult::kNotStarted;
    }
    return out;
  }

 private:
  int64_t Call(uint64_t nr, uint64_t a0 = 0, uint64_t a1 = 0, uint64_t a2 = 0, uint64_t a3 = 0, uint64_t a4 = 0,
               uint64_t a5 = 0) {
    bool ok = false;
    int64_t r = task_.Syscall(&ok, nr, a0, a1, a2, a3, a4, a5);
    return ok ? r : -EIO;
  }

  // Puts `text` (NUL-terminated) at the next free place of the argument area.
  uint64_t PutString(const std::string& text) {
    uint64_t at = next_free_;
    next_free_ += (text.size() + 16) & ~uint64_t{15};
    return task_.Write(at, text.c_str(), text.size() + 1) ? at : 0;
  }

  bool Start(const std::string& interposer_path, const proto::RingControl& ring, std::string* why) {
    // The scratch area, inside the stack mapping the kernel made for the image.
    const uint64_t rsp = task_.saved_registers().rsp;
    scratch_ = (rsp - kScratchSize) & ~uint64_t{15};
    uint64_t stack_start = MappingStart(tid_, rsp);
    if (stack_start == 0 || stack_start > scratch_) return *why = "its initial stack is too small", false;
    saved_stack_.resize(rsp - scratch_);
    if (!task_.Read(scratch_, saved_stack_.data(), saved_stack_.size()))
      return saved_stack_.clear(), *why = "cannot read its stack", false;
    next_free_ = scratch_;

    // 1. Map the library.
    uint64_t path = PutString(interposer_path);
    if (path == 0) return *why = "cannot write its stack", false;
    int64_t fd = Call(SYS_openat, static_cast<uint64_t>(AT_FDCWD), path, O_RDONLY | O_CLOEXEC);
    if (Failed(fd)) return *why = "it cannot open " + interposer_path + ": " + std::strerror(static_cast<int>(-fd)), false;
    int64_t base = Call(SYS_mmap, 0, image_.span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                        static_cast<uint64_t>(-1), 0);
    if (Failed(base)) {
      Call(SYS_close, static_cast<uint64_t>(fd));
      return *why = std::string("mmap: ") + std::strerror(static_cast<int>(-base)), false;
    }
    base_ = static_cast<uint64_t>(base);
    bool mapped = MapSegments(static_cast<uint64_t>(fd), why);
    Call(SYS_close, static_cast<uint64_t>(fd));
    if (!mapped) return false;

    // 2. Relocate, then protect RELRO.
    for (const Relocation& r : image_.relocations) {
      uint64_t value = base_ + r.value;
      if (!task_.Write(base_ + r.offset, &value, sizeof(value))) return *why = "cannot relocate", false;
    }
    if (image_.relro_end > image_.relro_start &&
        Failed(Call(SYS_mprotect, base_ + image_.relro_start, image_.relro_end - image_.relro_start, PROT_READ)))
      return *why = "mprotect failed", false;

    // 3. The ring, as a fd-less process's exec reopens it.
    uint64_t ring_path = PutString("/proc/" + std::to_string(ring.cli_pid) + "/fd/" + std::to_string(ring.cli_shm_fd));
    int64_t ring_fd = Call(SYS_openat, static_cast<uint64_t>(AT_FDCWD), ring_path, O_RDWR | O_CLOEXEC);
    if (Failed(ring_fd)) return *why = std::string("it cannot open lzptrace's ring: ") + std::strerror(static_cast<int>(-ring_fd)), false;

    // 4. The constructor, with our variables and the auxiliary vector.
    char config[128];
    std::snprintf(config, sizeof(config), "%s=v1,%ld,%ld,%u,%u", proto::kConfigEnv, static_cast<long>(ring_fd),
                  static_cast<long>(ring_fd), ring.mode, ring.options);
    uint64_t envp = 0;
    std::string arguments =
        ConstructorArguments(next_free_, config, "LD_AUDIT=" + interposer_path, ReadProcFile(tid_, "auxv"), &envp);
    if (next_free_ + arguments.size() > scratch_ + kArgumentsSize || !task_.Write(next_free_, arguments.data(), arguments.size()))
      return *why = "cannot write its stack", false;
    const uint64_t stack_top = (rsp - 256) & ~uint64_t{15};
    for (uint64_t constructor : image_.constructors)
      if (!task_.Call(base_ + constructor, 0, 0, envp, stack_top)) return *why = "the interposer's start did not return", false;

    // 5. Did it take over?
    if (!SudIsOn(tid_)) {
      Call(SYS_close, static_cast<uint64_t>(ring_fd));  // (its start stopped before closing it)
      return *why = "the interposer did not start in it", false;
    }
    return true;
  }

  bool MapSegments(uint64_t fd, std::string* why) {
    for (const Segment& s : image_.segments) {
      uint64_t start = PageDown(s.vaddr), file_end = s.vaddr + s.file_size, mem_end = PageUp(s.vaddr + s.mem_size);
      uint64_t file_pages_end = s.file_size != 0 ? PageUp(file_end) : start;
      if (file_pages_end > start &&
          Failed(Call(SYS_mmap, base_ + start, file_pages_end - start, static_cast<uint64_t>(s.prot),
                      MAP_PRIVATE | MAP_FIXED, fd, PageDown(s.file_offset))))
        return *why = "cannot map the interposer", false;
      if (s.mem_size > s.file_size && file_end < file_pages_end) {  // the rest of the last file page is .bss
        std::vector<char> zeros(file_pages_end - file_end, 0);
        if (!task_.Write(base_ + file_end, zeros.data(), zeros.size())) return *why = "cannot clear .bss", false;
      }
      if (mem_end > file_pages_end &&
          Failed(Call(SYS_mmap, base_ + file_pages_end, mem_end - file_pages_end, static_cast<uint64_t>(s.prot),
                      MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, static_cast<uint64_t>(-1), 0)))
        return *why = "cannot map .bss", false;
    }
    return true;
  }

  void Undo() {
    if (base_ != 0 && !task_.ended()) Call(SYS_munmap, base_, image_.span);
    base_ = 0;
  }

 public:
  uint64_t base() const { return base_; }

 private:
  RemoteTask task_;
  pid_t tid_;
  const InterposerImage& image_;
  uint64_t scratch_ = 0, next_free_ = 0, base_ = 0;
  std::vector<char> saved_stack_;
};


InterposerLoader::InterposerLoader(pid_t tid, const InterposerImage& image) : impl_(std::make_unique<Impl>(tid, image)) {}
InterposerLoader::~InterposerLoader() = default;

StartOutcome InterposerLoader::Run(const std::string& interposer_path, const proto::RingControl& ring, bool running) {
  return impl_->Run(interposer_path, ring, running);
}

uint64_t InterposerLoader::base() const { return impl_->base(); }

}  // namespace lzp::cli::injector
