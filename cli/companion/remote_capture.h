// cli/companion/remote_capture.h — a stopped task's syscall arguments, read
// from outside (process_vm_readv) into the payload format the interposer
// writes (tracer/capture_format.h), so the CLI's decoders print the calls the
// companion saw through syscall stops exactly like the ones the interposer
// recorded. Driven by the same table (kCaptureSpecs, generated from
// syscalls.tbl): paths, strings, argv/envp, buffers and structs in and out,
// and with -y the paths of fd arguments. Calls the interposer captures with
// code of its own (msghdr parts, iovecs, ioctl transfers) get their plain
// arguments only: they do not occur before the interposer is up. -k's stacks
// are read too (StackAt), with the code maps they are unwound against.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

namespace lzp::cli::companion {

class RemoteCapture {
 public:
  // `interposer_path`: the launcher's own environment entries (LD_AUDIT of
  // it alone, LZPTRACE_CONFIG) are not counted in an execve's environment:
  // the program was run without them.
  // `fd_details`: -yy, what an fd is beyond its path (tracer/fd_details.h),
  // asked through /proc/TID as the interposer asks through /proc/self.
  // `whole_arrays`: -v (proto::kWholeArrays): arrays past -s elements,
  // execve's environment strings and getdents' entries are copied too.
  RemoteCapture(uint32_t string_limit, bool decode_fds, std::string interposer_path, bool fd_details = false,
                bool whole_arrays = false)
      : string_limit_(string_limit), decode_fds_(decode_fds), fd_details_(fd_details), whole_arrays_(whole_arrays),
        our_audit_("LD_AUDIT=" + interposer_path) {}
  // Appends the chunks of what `nr` reads (before it runs) to `payload`.
  void AtEntry(pid_t tid, uint64_t nr, const uint64_t args[6], uint64_t ip, bool record_ip, std::string* payload) const;
  // Appends what it wrote (after it succeeded with `ret`).
  void AtExit(pid_t tid, uint64_t nr, const uint64_t args[6], int64_t ret, std::string* payload) const;
  // A path argument as text ("" if unreadable).
  static std::string Path(pid_t tid, uint64_t addr);
  // -k: the stopped task's registers and the top of its stack, as the
  // interposer captures them at a syscall (capture_format.h, StackSnapshot).
  static void StackAt(pid_t tid, std::string* payload);
  // -k: the lines of /proc/PID/maps that map code from a file (what
  // tracer/code_maps.cc sends), "" if unreadable.
  static std::string CodeMaps(pid_t pid);

 private:
  uint64_t EnvCount(pid_t tid, uint64_t ptr, uint8_t* status) const;
  void EnvStrings(pid_t tid, uint64_t ptr, std::string* payload) const;
  uint32_t ElementLimit() const { return whole_arrays_ ? 1024 : string_limit_; }  // kMaxElements under -v
  uint32_t string_limit_;
  bool decode_fds_;
  bool fd_details_;
  bool whole_arrays_;
  std::string our_audit_;
};

}  // namespace lzp::cli::companion
