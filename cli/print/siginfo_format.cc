// cli/print/siginfo_format.cc — siginfo_t as strace 6.1 prints it.
//
// The fields shown depend on si_code (sent by a process, by the kernel, or a
// fault) and on the signal (SIGCHLD's status and times, a fault's address),
// following the union layout of the kernel's siginfo_t on x86-64. A non-zero
// si_errno follows si_code by name (seccomp's SECCOMP_RET_TRAP puts its data
// there). A kernel code of a signal with no union of its own (an RT signal
// F_SETSIG chose, SIGIO's SI_KERNEL) shows the pid and uid words when either
// is set and the value when its pointer is, as strace reads them.
#include "cli/print/siginfo_format.h"

#include <signal.h>

#include <cstring>

#include <fmt/format.h>

#include "cli/print/const_style.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

struct CodeName { int signo; int code; const char* name; };  // signo 0: any signal

// <asm-generic/siginfo.h>
const CodeName kCodes[] = {
    {0, SI_USER, "SI_USER"}, {0, SI_KERNEL, "SI_KERNEL"}, {0, SI_QUEUE, "SI_QUEUE"},
    {0, SI_TIMER, "SI_TIMER"}, {0, SI_MESGQ, "SI_MESGQ"}, {0, SI_ASYNCIO, "SI_ASYNCIO"},
    {0, SI_SIGIO, "SI_SIGIO"}, {0, SI_TKILL, "SI_TKILL"}, {0, SI_DETHREAD, "SI_DETHREAD"},
    {0, SI_ASYNCNL, "SI_ASYNCNL"},
    {SIGCHLD, CLD_EXITED, "CLD_EXITED"}, {SIGCHLD, CLD_KILLED, "CLD_KILLED"}, {SIGCHLD, CLD_DUMPED, "CLD_DUMPED"},
    {SIGCHLD, CLD_TRAPPED, "CLD_TRAPPED"}, {SIGCHLD, CLD_STOPPED, "CLD_STOPPED"}, {SIGCHLD, CLD_CONTINUED, "CLD_CONTINUED"},
    {SIGSEGV, SEGV_MAPERR, "SEGV_MAPERR"}, {SIGSEGV, SEGV_ACCERR, "SEGV_ACCERR"}, {SIGSEGV, SEGV_BNDERR, "SEGV_BNDERR"},
    {SIGSEGV, SEGV_PKUERR, "SEGV_PKUERR"},
    {SIGBUS, BUS_ADRALN, "BUS_ADRALN"}, {SIGBUS, BUS_ADRERR, "BUS_ADRERR"}, {SIGBUS, BUS_OBJERR, "BUS_OBJERR"},
    {SIGILL, ILL_ILLOPC, "ILL_ILLOPC"}, {SIGILL, ILL_ILLOPN, "ILL_ILLOPN"}, {SIGILL, ILL_ILLADR, "ILL_ILLADR"},
    {SIGILL, ILL_ILLTRP, "ILL_ILLTRP"}, {SIGILL, ILL_PRVOPC, "ILL_PRVOPC"}, {SIGILL, ILL_PRVREG, "ILL_PRVREG"},
    {SIGILL, ILL_COPROC, "ILL_COPROC"}, {SIGILL, ILL_BADSTK, "ILL_BADSTK"},
    {SIGFPE, FPE_INTDIV, "FPE_INTDIV"}, {SIGFPE, FPE_INTOVF, "FPE_INTOVF"}, {SIGFPE, FPE_FLTDIV, "FPE_FLTDIV"},
    {SIGFPE, FPE_FLTOVF, "FPE_FLTOVF"}, {SIGFPE, FPE_FLTUND, "FPE_FLTUND"}, {SIGFPE, FPE_FLTRES, "FPE_FLTRES"},
    {SIGFPE, FPE_FLTINV, "FPE_FLTINV"}, {SIGFPE, FPE_FLTSUB, "FPE_FLTSUB"},
    {SIGTRAP, TRAP_BRKPT, "TRAP_BRKPT"}, {SIGTRAP, TRAP_TRACE, "TRAP_TRACE"},
    {SIGPOLL, POLL_IN, "POLL_IN"}, {SIGPOLL, POLL_OUT, "POLL_OUT"}, {SIGPOLL, POLL_MSG, "POLL_MSG"},
    {SIGPOLL, POLL_ERR, "POLL_ERR"}, {SIGPOLL, POLL_PRI, "POLL_PRI"}, {SIGPOLL, POLL_HUP, "POLL_HUP"},
    {SIGSYS, 1, "SYS_SECCOMP"}, {SIGSYS, 2, "SYS_USER_DISPATCH"},
};

// si_code as a constant (-X): "SI_TKILL", "0xfffffffa", "0xfffffffa /* SI_TKILL */".
std::string CodeLabel(int signo, int code) {
  std::string number = Hex(static_cast<uint32_t>(code));  // strace: si_code=0xffffffce
  for (const CodeName& c : kCodes)
    if ((c.signo == signo && c.code == code) || (c.signo == 0 && c.code == code && code <= 0))
      return StyledConstant(number, c.name);
  return StyledConstant(number, code == SI_KERNEL ? "SI_KERNEL" : "");
}

template <typename T> T At(const uint8_t* info, size_t offset) {
  T v;
  std::memcpy(&v, info + offset, sizeof(v));
  return v;
}

// Offsets in the x86-64 siginfo_t: signo 0, errno 4, code 8, union at 16.
constexpr size_t kPid = 16, kUid = 20, kStatus = 24, kUtime = 32, kStime = 40, kAddr = 16, kValue = 24;
// <linux/audit.h>: the architecture a SIGSYS names (si_arch).
constexpr uint32_t kAuditArchX8664 = 0xc000003e, kAuditArchI386 = 0x40000003;

}  // namespace

std::string FormatSignal(const proto::SignalRecord& rec) {
  const uint8_t* info = rec.siginfo;
  int signo = At<int32_t>(info, 0), code = At<int32_t>(info, 8);
  std::string out = fmt::format("--- {} {{si_signo={}, si_code={}", SignalLabel(rec.signo), SignalConstant(signo),
                                CodeLabel(signo, code));
  if (int error = At<int32_t>(info, 4); error != 0) {
    const table::ErrnoInfo* known = table::ErrnoByNumber(error);
    out += ", si_errno=" + (known ? std::string(known->name) : fmt::format("{}", error));
  }
  bool sent = code <= 0 || code == SI_USER;
  if (signo == SIGCHLD && code > 0) {
    int status = At<int32_t>(info, kStatus);
    out += fmt::format(", si_pid={}, si_uid={}, si_status={}, si_utime={}, si_stime={}", At<int32_t>(info, kPid),
                       At<uint32_t>(info, kUid),
                       code == CLD_EXITED ? fmt::format("{}", status) : SignalConstant(status),
                       FormatClockTicks(At<uint64_t>(info, kUtime)), FormatClockTicks(At<uint64_t>(info, kStime)));
  } else if (code == SI_TIMER) {  // POSIX timers: the union holds the timer's id, overrun and value
    uint64_t ptr = At<uint64_t>(info, kValue);
    uint32_t timer = At<uint32_t>(info, kPid);
    out += fmt::format(", si_timerid={}, si_overrun={}, si_int={}, si_ptr={}", timer ? fmt::format("{:#x}", timer) : "0",
                       At<int32_t>(info, kUid), At<int32_t>(info, kValue), ptr ? fmt::format("{:#x}", ptr) : "NULL");
  } else if (code == SI_SIGIO || (signo == SIGIO && code >= POLL_IN && code <= POLL_HUP)) {  // the band (a long) and the fd
    out += fmt::format(", si_band={}, si_fd={}", At<int64_t>(info, kPid), At<int32_t>(info, kValue));
  } else if (sent && code != SI_KERNEL) {
    out += fmt::format(", si_pid={}, si_uid={}", At<int32_t>(info, kPid), At<uint32_t>(info, kUid));
    // The value a sender passed: shown when not zero, as both views of it, for
    // every code a process sends except kill's and tkill's (SI_QUEUE, SI_MESGQ,
    // SI_ASYNCIO, SI_DETHREAD, unnamed negative codes).
    uint64_t value = At<uint64_t>(info, kValue);
    if (code != SI_USER && code != SI_TKILL && value != 0)
      out += fmt::format(", si_int={}, si_ptr={:#x}", At<int32_t>(info, kValue), value);
  } else if (signo == SIGSYS && code > 0) {  // seccomp's SECCOMP_RET_TRAP (and dispatch): the call it stopped
    uint64_t at = At<uint64_t>(info, kAddr);
    int32_t nr = At<int32_t>(info, kValue);
    uint32_t arch = At<uint32_t>(info, kValue + 4);
    const table::SyscallInfo* known = arch == kAuditArchX8664 && nr >= 0 ? table::SyscallByNumber(nr) : nullptr;
    out += fmt::format(", si_call_addr={}, si_syscall={}, si_arch={}", at ? fmt::format("{:#x}", at) : "NULL",
                       StyledConstant(fmt::format("{}", nr), known ? std::string("__NR_") + known->name : ""),
                       StyledConstant(fmt::format("{:#x}", arch), arch == kAuditArchX8664  ? "AUDIT_ARCH_X86_64"
                                                                  : arch == kAuditArchI386 ? "AUDIT_ARCH_I386"
                                                                                           : ""));
  } else if ((signo == SIGSEGV || signo == SIGBUS || signo == SIGILL || signo == SIGFPE || signo == SIGTRAP) &&
             code > 0) {
    out += fmt::format(", si_addr={}", At<uint64_t>(info, kAddr) ? fmt::format("{:#x}", At<uint64_t>(info, kAddr)) : "NULL");
  } else if (code > 0 && signo != SIGIO && signo != SIGCHLD && signo != SIGSYS) {
    int32_t pid = At<int32_t>(info, kPid);
    uint32_t uid = At<uint32_t>(info, kUid);
    uint64_t value = At<uint64_t>(info, kValue);
    if (pid != 0 || uid != 0) out += fmt::format(", si_pid={}, si_uid={}", pid, uid);
    if (value != 0) out += fmt::format(", si_int={}, si_ptr={:#x}", At<int32_t>(info, kValue), value);
  }
  return out + "} ---";
}

}  // namespace lzp::cli
