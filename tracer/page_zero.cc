// tracer/page_zero.cc — see page_zero.h.
#include "tracer/page_zero.h"

#include "tracer/events.h"
#include "tracer/our_mappings.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/capture.h"
#include "tracer/ioctl_transfers.h"
#include "tracer/process.h"
#include "tracer/raw_syscall.h"
#include "tracer/rewritten_sites.h"
#include "tracer/safe_copy.h"

extern "C" void lzp_zpoline_entry();

namespace lzp {
namespace {

constexpr uint64_t kPage = 4096;
volatile int g_closers = 0;  // syscalls in progress that need page 0 closed

// A process with a KVM virtual machine never has page 0 closed again. On
// this project's kernel (6.18), once the process has made a VM, a change of
// page 0's protection (with its trampoline paged in) leaves KVM counting an
// MMU-notifier invalidation that never ends: the VM's next
// KVM_SET_USER_MEMORY_REGION sleeps uninterruptibly for good. The same
// change at any other address does not (both tried with a plain program
// that maps page 0 itself; the test: tests/programs/kvm_guest.c). KVM_CREATE_VM itself (an _IO
// request, which would close it as a legacy ioctl) sets this first. The cost:
// in such a process, a NULL or tiny pointer the kernel follows reads the
// trampoline where protection keys cannot hide it (README, differences).
constexpr uint32_t kKvmCreateVm = 0xae01;  // _IO(KVMIO, 0x01), <linux/kvm.h>
bool g_page_zero_stays;

}  // namespace

namespace {

// Inputs the kernel reads even when NULL (page 0 is readable to it,
// so NULL must be made to fault). Some only under a condition on another
// argument (compared as the kernel's int where the kernel takes one):
// poll with no fds, connect with a zero length, accept without an address,
// epoll_ctl's EPOLL_CTL_DEL and bpf with a zero size read nothing (kUnless);
// sysfs reads a name only for option 1, keyctl its strings and parameter
// structs only for some commands (kOnlyIf). io_setup reads the context id it
// is given before writing one; msgsnd its message's type, name_to_handle_at
// and open_by_handle_at their handle's size before they check the ids.
// Other NULL structs are optional to the kernel (timeouts, old masks,
// sigaction's act).
enum class When : uint8_t { kAlways, kUnless, kOnlyIf };
struct ReadEvenIfNull {
  uint16_t nr;
  uint8_t arg;
  When when;
  uint8_t cond_arg;
  uint32_t lo, hi;  // the condition: lo <= (uint32_t)arg(cond_arg) <= hi
};
constexpr ReadEvenIfNull Always(uint16_t nr, uint8_t arg) { return {nr, arg, When::kAlways, 0, 0, 0}; }
constexpr ReadEvenIfNull Unless(uint16_t nr, uint8_t arg, uint8_t cond_arg, uint32_t value) {
  return {nr, arg, When::kUnless, cond_arg, value, value};
}
constexpr ReadEvenIfNull OnlyIf(uint16_t nr, uint8_t arg, uint8_t cond_arg, uint32_t lo, uint32_t hi) {
  return {nr, arg, When::kOnlyIf, cond_arg, lo, hi};
}
// <linux/keyctl.h>
constexpr uint32_t kKeyctlSearch = 10, kKeyctlDhCompute = 23, kKeyctlPkeyQuery = 24, kKeyctlPkeyEncrypt = 25,
                   kKeyctlPkeyVerify = 28;
constexpr ReadEvenIfNull kReadEvenIfNull[] = {
    Unless(SYS_poll, 0, 1, 0),       Unless(SYS_ppoll, 0, 1, 0),        Always(SYS_nanosleep, 0),
    Always(SYS_clock_nanosleep, 2),  Always(SYS_rt_sigtimedwait, 0),    Always(SYS_rt_sigqueueinfo, 2),
    Always(SYS_rt_tgsigqueueinfo, 3), Always(SYS_rt_sigsuspend, 0),     Always(SYS_signalfd, 1),
    Always(SYS_signalfd4, 1),        Always(SYS_adjtimex, 0),           Always(SYS_clock_adjtime, 1),
    Always(SYS_setrlimit, 1),        Always(SYS_clock_settime, 1),      Always(SYS_timerfd_settime, 2),
    Unless(SYS_epoll_ctl, 3, 1, 2 /* EPOLL_CTL_DEL */), Always(SYS_clone3, 0), Always(SYS_openat2, 2),
    Always(SYS_sendmsg, 1),          Always(SYS_recvmsg, 1),            Unless(SYS_connect, 1, 2, 0),
    Unless(SYS_bind, 1, 2, 0),       Always(SYS_getsockname, 2),        Always(SYS_getpeername, 2),
    Always(SYS_getsockopt, 4),       Unless(SYS_accept, 2, 1, 0),       Unless(SYS_accept4, 2, 1, 0),
    Unless(SYS_recvfrom, 5, 4, 0),   Unless(SYS_setgroups, 1, 0, 0),    Unless(SYS_sched_setaffinity, 2, 1, 0),
    Unless(SYS_setsockopt, 3, 4, 0), Unless(SYS_semop, 1, 2, 0),        Always(SYS_capset, 0),
    Always(SYS_io_setup, 1),         Always(SYS_io_uring_setup, 1),     Always(SYS_seccomp, 2),
    Always(SYS_perf_event_open, 0),  Always(SYS_msgsnd, 1),             Always(SYS_open_by_handle_at, 1),
    Unless(SYS_io_submit, 2, 1, 0),  Unless(SYS_bpf, 1, 2, 0),          Always(SYS_name_to_handle_at, 2),
    Unless(SYS_sendmmsg, 1, 2, 0),   Unless(SYS_recvmmsg, 1, 2, 0),     OnlyIf(SYS_sysfs, 1, 0, 1, 1),
    OnlyIf(SYS_keyctl, 2, 0, kKeyctlSearch, kKeyctlSearch), OnlyIf(SYS_keyctl, 3, 0, kKeyctlSearch, kKeyctlSearch),
    OnlyIf(SYS_keyctl, 1, 0, kKeyctlDhCompute, kKeyctlDhCompute),
    OnlyIf(SYS_keyctl, 3, 0, kKeyctlPkeyQuery, kKeyctlPkeyQuery),
    OnlyIf(SYS_keyctl, 1, 0, kKeyctlPkeyEncrypt, kKeyctlPkeyVerify),
};

// The syscalls above as a bitmap, for the entry path's quick test.
struct SyscallSet { uint64_t words[(kCaptureTableSize + 63) / 64]; };
constexpr SyscallSet ReadEvenIfNullSyscalls() {
  SyscallSet set{};
  for (const ReadEvenIfNull& r : kReadEvenIfNull) set.words[r.nr / 64] |= uint64_t{1} << (r.nr % 64);
  return set;
}
constexpr SyscallSet kReadEvenIfNullSyscalls = ReadEvenIfNullSyscalls();

bool InReadEvenIfNull(uint64_t nr) { return (kReadEvenIfNullSyscalls.words[nr / 64] >> (nr % 64)) & 1; }

// Called for every NULL (or zero) argument, including unused argument
// registers: the bitmap keeps it to one test for the syscalls not listed.
bool KernelReadsNull(const EntryFrame* f, int arg) {
  if (!InReadEvenIfNull(f->nr)) return false;
  for (const ReadEvenIfNull& r : kReadEvenIfNull) {
    if (r.nr != f->nr || r.arg != arg) continue;
    if (r.when == When::kAlways) return true;
    auto cond = static_cast<uint32_t>(f->arg(r.cond_arg));
    if ((cond >= r.lo && cond <= r.hi) == (r.when == When::kOnlyIf)) return true;
  }
  return false;
}

// io_submit's iocb pointers are followed one level down: NULL or a tiny one
// among the first `nr` (at most 1024 looked at) would read page 0.
bool IocbInPageZero(const EntryFrame* f) {
  uint64_t n = f->arg(1) < 1024 ? f->arg(1) : 1024;
  for (uint64_t k = 0; k < n; ++k) {
    uint64_t iocb;
    if (!CopyFromApp(&iocb, f->arg(2) + k * 8, 8)) return false;
    if (iocb < kPage) return true;
  }
  return false;
}

}  // namespace

bool MayReachPageZero(uint64_t nr) {
  return nr < static_cast<uint64_t>(kCaptureTableSize) &&
         (HasPointerArguments(nr) || InReadEvenIfNull(nr) || kCaptureSpecs[nr].pointer_args != 0);
}

bool PointsIntoPageZero(const EntryFrame* f) {
  if (!MayReachPageZero(f->nr)) return false;
  if (f->nr == SYS_ioctl && static_cast<uint32_t>(f->arg(1)) == kKvmCreateVm) __atomic_store_n(&g_page_zero_stays, true, __ATOMIC_RELAXED);
  if (__atomic_load_n(&g_page_zero_stays, __ATOMIC_RELAXED)) return false;
  if (f->nr == SYS_io_submit && f->arg(2) >= kPage && IocbInPageZero(f)) return true;
  // bpf follows pointers inside its attributes (pathnames, a licence,
  // instructions, keys and values: which, by command; NULL read too), and
  // the attributes themselves are short-lived: page 0 is closed for every
  // bpf call, few in any program.
  if (f->nr == SYS_bpf) return true;
  const SyscallCapture& spec = kCaptureSpecs[f->nr];
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    uint64_t v = f->arg(i);
    if (a.op == CaptureOp::kFd || v >= kPage) continue;
    if (v == 0 && KernelReadsNull(f, i)) return true;
    if (v != 0 && ((spec.pointer_args >> i) & 1)) return true;  // an address, copied or not: a tiny one is followed
    if (a.op == CaptureOp::kNone) continue;  // not known to be a pointer
    if (a.op == CaptureOp::kFcntlArg) {      // a number, except for the struct commands (NULL included)
      if (FcntlStructOf(f->arg(1)).size != 0) return true;
      continue;
    }
    if (v != 0) return true;  // a tiny non-NULL pointer: always followed
    switch (a.op) {           // NULL: followed only where it is not optional
      case CaptureOp::kPath: case CaptureOp::kString: return true;
      case CaptureOp::kInBuf: case CaptureOp::kOutBuf: case CaptureOp::kInIovec: case CaptureOp::kOutIovec:
      case CaptureOp::kAddrIovec:
        if (a.param >= 0 && f->arg(a.param) != 0) return true;
        break;
      case CaptureOp::kIoctlArg: {  // TCSETS(NULL) and the like read it
        const proto::IoctlTransfer* t = proto::FindIoctlTransfer(f->arg(1));
        if (t != nullptr && t->direction != proto::IoctlDirection::kOut) return true;
        // A request we copy nothing for may read it too: one that says it
        // does (_IOC_WRITE in <asm-generic/ioctl.h>'s encoding), and one
        // older than that encoding (SIOCADDRT: no direction, no size).
        const auto request = static_cast<uint32_t>(f->arg(1));
        constexpr uint32_t kIocWrite = 1;
        if (t == nullptr && (((request >> 30) & kIocWrite) != 0 || (request >> 16) == 0)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

// The counter makes nested and concurrent closers share one closing; two
// threads racing on the last reopen and a new close could leave the page
// open for one syscall, which is the untreated case, never a crash.
void ClosePageZero() {
  if (__atomic_fetch_add(&g_closers, 1, __ATOMIC_ACQ_REL) == 0) Sys(SYS_mprotect, 0, kPage, PROT_NONE);
}

void ReopenPageZero() {
  if (__atomic_sub_fetch(&g_closers, 1, __ATOMIC_ACQ_REL) == 0) Sys(SYS_mprotect, 0, kPage, PROT_EXEC);
}

namespace {

EnterResult Answer(EntryFrame* f, long result) {
  f->rax = static_cast<uint64_t>(result);
  return {LZP_ACTION_SKIP, 0};
}

// Untraced, an address below vm.mmap_min_addr cannot be mapped (EPERM),
// unmapping it is a no-op, changing its protection finds no mapping (ENOMEM)
// and remapping it none either (EFAULT). Calls the kernel refuses before
// looking at any mapping (an address not page-aligned, a zero length,
// unknown protection bits or mremap flags, a bad new_address) go to the
// kernel, so their errors stay the kernel's own.
EnterResult MappingEnter(ThreadState* ts, EntryFrame* f) {
  if (f->rdi >= kPage && f->nr != SYS_mremap) return KeepOurMappingsEnter(ts, f);  // mmap, munmap, mprotect
  if (!g_process.zpoline || f->rdi >= kPage || (f->rdi & (kPage - 1)) != 0) return kRun;
  switch (f->nr) {
    case SYS_mmap:
      if (f->r10 & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
        // Root could map it untraced: say that the answer is ours.
        static bool said;  // once per process
        if (!said)
          EmitNotice(ts, "lzptrace: the program mapped address 0 (MAP_FIXED), where the zpoline trampoline lives: "
                         "refused with EPERM; --mode=sud leaves page 0 to the program", false);
        said = true;
        return Answer(f, -EPERM);
      }
      return kRun;  // a hint only: the kernel picks another address
    case SYS_munmap: {
      if (f->rsi == 0) return kRun;  // EINVAL
      if (f->rsi <= kPage) return Answer(f, 0);
      return Answer(f, Sys(SYS_munmap, kPage, f->rsi - kPage));  // keep page 0, unmap the rest
    }
    case SYS_mprotect: {
      constexpr uint64_t kKnownProt = PROT_READ | PROT_WRITE | PROT_EXEC | 0x8 /* PROT_SEM */ | PROT_GROWSDOWN | PROT_GROWSUP;
      if (f->rsi == 0 || (f->rdx & ~kKnownProt) != 0) return kRun;  // 0, or EINVAL
      return Answer(f, -ENOMEM);
    }
    case SYS_mremap: {  // rsi old_size, rdx new_size, r10 flags, r8 new_address
      constexpr uint64_t kMayMove = 1, kFixed = 2, kDontUnmap = 4;  // <linux/mman.h>
      bool moves_to = (f->r10 & (kFixed | kDontUnmap)) != 0;
      if ((f->r10 & ~(kMayMove | kFixed | kDontUnmap)) != 0 || ((f->r10 & kFixed) && !(f->r10 & kMayMove)) ||
          ((f->r10 & kDontUnmap) && (!(f->r10 & kMayMove) || f->rsi != f->rdx)) ||
          ((f->rdx + kPage - 1) & ~(kPage - 1)) == 0 || (moves_to && (f->r8 & (kPage - 1)) != 0))
        return kRun;  // EINVAL
      return Answer(f, -EFAULT);
    }
  }
  return kRun;
}

}  // namespace

const SyscallHook kPageZeroMappingHook = {MappingEnter, nullptr};

bool ResumeCallIntoClosedPageZero(ucontext_t* uc, const siginfo_t* info) {
  greg_t* regs = uc->uc_mcontext.gregs;
  uint64_t rip = static_cast<uint64_t>(regs[REG_RIP]);
  uint64_t addr = reinterpret_cast<uint64_t>(info->si_addr);
  if (!g_process.zpoline || rip != static_cast<uint64_t>(regs[REG_RAX])) return false;
  // Into page 0 (closed, or past the sled): the fault is there, or just past
  // its end for an instruction begun on its last bytes (4095). Anywhere
  // else, the number was no address of page 0 (syscall(-1), an x32 number):
  // the jump itself faulted, at the address it fetched.
  bool into_page_zero = rip < kPage && addr < kPage + 16;
  if (!into_page_zero && addr != rip) return false;
  // A rewritten site did `call *%rax`: [rsp] follows `ff d0`.
  uint64_t ret;
  uint8_t site[2];
  if (!CopyFromApp(&ret, static_cast<uint64_t>(regs[REG_RSP]), 8) || !CopyFromApp(site, ret - 2, 2) ||
      site[0] != 0xff || site[1] != 0xd0)
    return false;
  // Outside page 0, the program's own `call *%rax` to a bad address faults
  // the same way: only one of our sites is taken for a syscall.
  if (!into_page_zero && !IsRewrittenSite(ret - 2)) return false;
  regs[REG_RIP] = reinterpret_cast<greg_t>(&lzp_zpoline_entry);
  return true;
}

}  // namespace lzp
