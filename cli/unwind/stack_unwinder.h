// cli/unwind/stack_unwinder.h — -k: turning a syscall's stack snapshot into
// strace's backtrace lines.
//
// The interposer sends, per process, the executable file mappings
// (CodeMapsRecord) and, per syscall, the registers and the top of the stack
// at the syscall (tracer/capture_format.h, StackSnapshot). This unwinds that
// snapshot offline with libunwind's remote interface, as a profiler does:
// memory reads are served from the snapshot (the stack) or from the mapped
// files themselves (unwind tables), never from the live process, which may
// be gone by the time its events are printed.
#pragma once

#include <sys/types.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/unwind/elf_image.h"

namespace lzp::cli {

class StackUnwinder {
 public:
  StackUnwinder();
  ~StackUnwinder();
  StackUnwinder(const StackUnwinder&) = delete;
  StackUnwinder& operator=(const StackUnwinder&) = delete;

  // Replaces what is known of pid's code mappings (lines of /proc/PID/maps).
  void SetCodeMaps(pid_t pid, std::string_view maps_lines);
  // A new process image (exec) or a fork: pid's mappings start as its parent's.
  void CopyCodeMaps(pid_t from, pid_t to);

  // strace's lines for one snapshot, each starting "\n > ": the file, the
  // nearest function symbol and offset, the offset in the file. `exited`:
  // printed after the image ended (exit_group's, a successful execve's),
  // where strace names a frame without a symbol "file(+0x0)" instead of
  // "file()". `call_args`: a syscall's six argument registers (rdi, rsi,
  // rdx, r10, r8, r9) as it was made, which the snapshot does not hold.
  std::string Backtrace(pid_t pid, std::string_view snapshot, bool exited = false,
                        const uint64_t* call_args = nullptr);

  struct Mapping {
    uint64_t start, end, file_offset;
    std::string path;
    std::shared_ptr<const ElfImage> image;
    uint64_t bias;  // image virtual address + bias = address in the process
  };
  // (Public for the libunwind callbacks.)
  const Mapping* MappingAt(pid_t pid, uint64_t address) const;
  const std::vector<Mapping>* MappingsOf(pid_t pid) const;

 private:
  std::shared_ptr<const ElfImage> Image(const std::string& path);

  void* address_space_;  // unw_addr_space_t
  std::map<pid_t, std::shared_ptr<std::vector<Mapping>>> maps_;
  std::map<std::string, std::shared_ptr<const ElfImage>> images_;
};

}  // namespace lzp::cli
