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

}  // namespace

namespace {

// Inputs the kernel reads even when NULL (page 0 is readable to it,
// so NULL must be made to fault), except when argument `unless_arg` equals
// `unless_value` (-1: always read): poll with no fds, connect with a zero
// length, accept without an address, epoll_ctl's EPOLL_CTL_DEL; io_setup
// reads the context id it is given before writing one; msgsnd its message's
// type and open_by_handle_at its handle's size before they check the ids;
// sysfs(1, name) its name. Other NULL
// structs are optional to the kernel (timeouts, old masks, sigaction's act).
struct ReadEvenIfNull { uint16_t nr; uint8_t arg; int8_t unless_arg; uint64_t unless_value; };
constexpr ReadEvenIfNull kReadEvenIfNull[] = {
    {SYS_poll, 0, 1, 0},           {SYS_ppoll, 0, 1, 0},          {SYS_nanosleep, 0, -1, 0},
    {SYS_clock_nanosleep, 2, -1, 0}, {SYS_rt_sigtimedwait, 0, -1, 0}, {SYS_rt_sigqueueinfo, 2, -1, 0},
    {SYS_rt_tgsigqueueinfo, 3, -1, 0}, {SYS_rt_sigsuspend, 0, -1, 0}, {SYS_signalfd, 1, -1, 0},
    {SYS_signalfd4, 1, -1, 0},     {SYS_adjtimex, 0, -1, 0},      {SYS_clock_adjtime, 1, -1, 0},
    {SYS_setrlimit, 1, -1, 0},     {SYS_clock_settime, 1, -1, 0}, {SYS_timerfd_settime, 2, -1, 0},
    {SYS_epoll_ctl, 3, 1, 2 /* EPOLL_CTL_DEL */}, {SYS_clone3, 0, -1, 0}, {SYS_openat2, 2, -1, 0},
    {SYS_sendmsg, 1, -1, 0},       {SYS_recvmsg, 1, -1, 0},       {SYS_connect, 1, 2, 0},
    {SYS_bind, 1, 2, 0},           {SYS_getsockname, 2, -1, 0},   {SYS_getpeername, 2, -1, 0},
    {SYS_getsockopt, 4, -1, 0},    {SYS_accept, 2, 1, 0},         {SYS_accept4, 2, 1, 0},
    {SYS_recvfrom, 5, 4, 0},      {SYS_setgroups, 1, 0, 0},      {SYS_sched_setaffinity, 2, 1, 0},
    {SYS_setsockopt, 3, 4, 0},    {SYS_semop, 1, 2, 0},          {SYS_capset, 0, -1, 0},
    {SYS_io_setup, 1, -1, 0},     {SYS_io_uring_setup, 1, -1, 0},
    {SYS_seccomp, 2, -1, 0},       {SYS_perf_event_open, 0, -1, 0},
    {SYS_msgsnd, 1, -1, 0},        {SYS_open_by_handle_at, 1, -1, 0}, {SYS_io_submit, 2, 1, 0},
    {SYS_sysfs, 1, -1, 0},  // option 1's name (for options 2 and 3 arg1 is no pointer: closing the page changes nothing)
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
  for (const ReadEvenIfNull& r : kReadEvenIfNull)
    if (r.nr == f->nr && r.arg == arg) return r.unless_arg < 0 || f->arg(r.unless_arg) != r.unless_value;
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
  return nr < static_cast<uint64_t>(kCaptureTableSize) && (HasPointerArguments(nr) || InReadEvenIfNull(nr));
}

bool PointsIntoPageZero(const EntryFrame* f) {
  if (!MayReachPageZero(f->nr)) return false;
  if (f->nr == SYS_io_submit && f->arg(2) >= kPage && IocbInPageZero(f)) return true;
  const SyscallCapture& spec = kCaptureSpecs[f->nr];
  for (int i = 0; i < 6; ++i) {
    const ArgCapture& a = spec.args[i];
    uint64_t v = f->arg(i);
    if (a.op == CaptureOp::kFd || v >= kPage) continue;
    if (v == 0 && KernelReadsNull(f, i)) return true;
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
