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
#include "tracer/memory_map.h"
#include "tracer/raw_syscall.h"

namespace lzp::capture {
namespace {

constexpr int64_t kFdsKept = 1024;
uint64_t g_kvm_run[kFdsKept];  // where fd's struct kvm_run is mapped; 0: not known

constexpr char kVcpuPrefix[] = "anon_inode:kvm-vcpu:";
constexpr uint64_t kExitReasonOffset = 8;

// Where vcpu fd `fd` has its struct kvm_run mapped: the maps line that ends
// in " <the fd's link target>"; 0 if none.
uint64_t KvmRunOf(int64_t fd) {
  char link[kFdLinkBytes];
  if (!FdLink(fd, link)) return 0;
  struct Search { char name[64]; int length; uint64_t start; } search = {};
  long len = Sys(SYS_readlink, link, search.name, sizeof(search.name) - 1);
  constexpr long kPrefixLen = sizeof(kVcpuPrefix) - 1;
  if (len <= kPrefixLen || len >= static_cast<long>(sizeof(search.name)) - 1) return 0;
  for (long i = 0; i < kPrefixLen; ++i)
    if (search.name[i] != kVcpuPrefix[i]) return 0;
  search.length = static_cast<int>(len);
  long maps = Sys(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (IsError(maps)) return 0;
  ScanMapsLines(maps, [](const char* text, int length, void* context) {
    auto* s = static_cast<Search*>(context);
    if (length <= s->length || text[length - s->length - 1] != ' ') return false;
    for (int i = 0; i < s->length; ++i)
      if (text[length - s->length + i] != s->name[i]) return false;
    uint64_t start, end;
    int prot;
    if (!ParseMapsLine(text, length, &start, &end, &prot)) return false;
    s->start = start;
    return true;
  }, &search);
  Sys(SYS_close, maps);
  return search.start;
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
