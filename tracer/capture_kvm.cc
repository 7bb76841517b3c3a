// tracer/capture_kvm.cc — -e kvm=vcpu: why KVM_RUN returned.
//
// A vcpu's ioctl(KVM_RUN) returns 0 whatever stopped the guest; the reason is
// in the struct kvm_run the program mapped from the vcpu's fd (exit_reason,
// a u32 at offset 8, <linux/kvm.h>). strace shows it after the result:
// "ioctl(5, KVM_RUN, 0) = 0 (KVM_EXIT_IO)". Where that struct is mapped is
// learnt the way strace learns it, once per fd: the fd's /proc/self/fd link
// names the vcpu ("anon_inode:kvm-vcpu:N"), and /proc/self/maps names the
// mapping of it. The address is kept per fd number in a table of the
// process's (written whole by one store: threads racing on one fd write the
// same value) until a KVM_CREATE_VCPU returns that number again. A program
// that has not mapped it yet is looked up again at its next KVM_RUN. A
// mapping gone since is read by a safe copy: no line of ours crashes; a stale
// address at worst shows the wrong reason, as strace's cache would.
#include <fcntl.h>
#include <sys/syscall.h>

#include "tracer/capture_writer.h"
#include "tracer/raw_syscall.h"

namespace lzp::capture {
namespace {

constexpr int64_t kFdsKept = 1024;
uint64_t g_kvm_run[kFdsKept];  // where fd's struct kvm_run is mapped; 0: not known

constexpr char kVcpuPrefix[] = "anon_inode:kvm-vcpu:";
constexpr uint64_t kExitReasonOffset = 8;

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Does the maps line [line, line + len) end in " <name>"? Its start address if so, else 0.
uint64_t MappingNamed(const char* line, int len, const char* name, int name_len) {
  if (len <= name_len || line[len - name_len - 1] != ' ') return 0;
  for (int i = 0; i < name_len; ++i)
    if (line[len - name_len + i] != name[i]) return 0;
  uint64_t start = 0;
  int i = 0;
  for (; i < len && HexDigit(line[i]) >= 0; ++i) start = start * 16 + static_cast<uint64_t>(HexDigit(line[i]));
  return i > 0 && i < len && line[i] == '-' ? start : 0;
}

// The start of the mapping /proc/self/maps names `name`, or 0.
uint64_t FindMapping(const char* name, int name_len) {
  long fd = Sys(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (IsError(fd)) return 0;
  char buf[2048];
  int have = 0;
  uint64_t found = 0;
  for (bool eof = false; !eof && found == 0;) {
    long n = Sys(SYS_read, fd, buf + have, sizeof(buf) - have);
    if (n <= 0) {
      eof = true;
      if (have == 0) break;
      buf[have++] = '\n';  // (a last line without its newline; there is room: a full buffer was cut below)
    } else {
      have += static_cast<int>(n);
    }
    int line_start = 0;
    for (int i = 0; i < have && found == 0; ++i) {
      if (buf[i] != '\n') continue;
      found = MappingNamed(buf + line_start, i - line_start, name, name_len);
      line_start = i + 1;
    }
    if (line_start == 0 && have == static_cast<int>(sizeof(buf))) line_start = have - 1;  // an absurd line: drop it
    for (int i = line_start; i < have; ++i) buf[i - line_start] = buf[i];
    have -= line_start;
  }
  Sys(SYS_close, fd);
  return found;
}

// Where vcpu fd `fd` has its struct kvm_run mapped, or 0.
uint64_t KvmRunOf(int64_t fd) {
  char link[40] = "/proc/self/fd/";
  char digits[12];
  int n = 0, at = 14;
  for (int64_t v = fd; n == 0 || v > 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
  while (n) link[at++] = digits[--n];
  link[at] = '\0';
  char name[64];
  long len = Sys(SYS_readlink, link, name, sizeof(name) - 1);
  constexpr long kPrefixLen = sizeof(kVcpuPrefix) - 1;
  if (len <= kPrefixLen || len >= static_cast<long>(sizeof(name)) - 1) return 0;
  for (long i = 0; i < kPrefixLen; ++i)
    if (name[i] != kVcpuPrefix[i]) return 0;
  return FindMapping(name, static_cast<int>(len));
}

}  // namespace

void CaptureKvmAfterIoctl(Writer& w, const EntryFrame* f, int64_t ret) {
  const uint64_t request = f->arg(1) & 0xffffffff;  // (the kernel's unsigned int cmd)
  if (request == proto::kKvmCreateVcpuRequest && ret >= 0 && ret < kFdsKept) {
    __atomic_store_n(&g_kvm_run[ret], 0, __ATOMIC_RELAXED);
    return;
  }
  const int64_t fd = static_cast<int64_t>(f->arg(0));
  if (request != proto::kKvmRunRequest || ret != 0 || fd < 0 || fd >= kFdsKept) return;
  uint64_t run = __atomic_load_n(&g_kvm_run[fd], __ATOMIC_RELAXED);
  if (run == 0 && (run = KvmRunOf(fd)) != 0) __atomic_store_n(&g_kvm_run[fd], run, __ATOMIC_RELAXED);
  if (run != 0) CaptureBytes(w, proto::kKvmExitReasonArg, proto::kAtExit, run + kExitReasonOffset, 4, ~0ull);
}

}  // namespace lzp::capture
