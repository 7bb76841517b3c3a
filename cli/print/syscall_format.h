// cli/print/syscall_format.h — one syscall record as strace prints it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/print/captures.h"
#include "cli/decode/structs.h"
#include "cli/print/quote.h"
#include "syscalltable/tables.h"
#include "tracer/protocol.h"

namespace lzp::cli {

// What a decoder sees of one syscall.
struct CallContext {
  const proto::SyscallRecord& rec;
  const table::SyscallInfo* info;  // nullptr for numbers we do not know
  const Captures& captures;
  const FormatOptions& options;
  bool failed() const { return rec.ret < 0 && rec.ret >= -4095; }
};

// The arguments as printed, and how many of them strace prints at entry (the
// rest — outputs — after "<... name resumed>").
std::vector<std::string> FormatArguments(const proto::SyscallRecord& rec, const Captures& captures,
                                         const FormatOptions& options, size_t* at_entry);
// "name(arg, arg, ...)" — without the return value.
std::string FormatCall(const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options);
// The same two, appended to `out` (the printer's reused line): the common
// kinds of argument and result are written without temporary strings.
void AppendCall(std::string& out, const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options);
void AppendReturn(std::string& out, const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options);
// "name(arg, arg, ...)" from arguments already formatted.
std::string CallText(const std::string& name, const std::vector<std::string>& args);
// "= 3", "= -1 ENOENT (No such file or directory)", "= ?", "= 0 (Timeout)"...
std::string FormatReturn(const proto::SyscallRecord& rec, const Captures& captures, const FormatOptions& options);
// Without captured data (raw values only).
std::string FormatCall(const proto::SyscallRecord& rec);
std::string FormatReturn(const proto::SyscallRecord& rec);

// The record as the kernel reads it: each argument cut to the bits of its
// kernel type (syscalls.tbl). Every decoder sees this view, never the raw
// registers (only -e raw= prints those).
proto::SyscallRecord KernelView(const proto::SyscallRecord& rec, const table::SyscallInfo* info);
// A number in decimal with the signedness of its kernel type.
std::string Decimal(uint64_t v, table::ArgType type);
// Argument i decoded by its kind in the syscall table (the default decoder).
std::string FormatArgument(const CallContext& call, int i);
// -y: `number` followed by "<path>" when the fd's path was recorded.
std::string WithFdPath(const CallContext& call, int arg, std::string number);
// A captured iovec array: "[{iov_base=\"...\", iov_len=5}, ...]", or the pointer.
// addresses_only: each element's base as an address (a failed read filled none).
// base_text, if given, prints a base from its copied bytes and iov_len
// instead of quoting them (netlink messages in sendmsg/recvmsg).
using IovecBaseText = std::function<std::string(std::string_view bytes, uint64_t len)>;
std::string FormatIovecs(const Capture* c, uint64_t ptr, const FormatOptions& o, bool addresses_only = false,
                         const IovecBaseText& base_text = {});
// How strings are quoted under -x (1) and -xx (2).
HexStyle StyleOf(const FormatOptions& o);
// A pointer as strace prints one it cannot follow: "NULL" or "0x7ffd...".
std::string Pointer(uint64_t value);

// The syscall's name, or "syscall_0x1c8" for numbers we do not know.
std::string SyscallName(uint64_t nr);
void AppendSyscallName(std::string& out, uint64_t nr);
// "SIGTERM", "SIGRTMIN", "SIGRT_3", or the number.
std::string SignalLabel(int sig);
// A signal where strace prints it as a constant (kill's argument, si_signo,
// clone's exit signal): SignalLabel under -X abbrev, "15" under raw,
// "15 /* SIGTERM */" under verbose. The "--- SIGTERM" and "+++ killed by"
// lines keep SignalLabel.
std::string SignalConstant(int sig);
// The directory fd AT_FDCWD (-100) as a constant: "AT_FDCWD", "-100" or
// "-100 /* AT_FDCWD */"; any other fd as its number.
std::string DirFdNumber(int32_t fd);

// Syscalls whose arguments or result strace prints in its own way
// (cli/decode/syscalls.cc). Null when the default decoder applies.
using ArgumentsDecoder = std::vector<std::string> (*)(const CallContext& call);
// Given the call and its value as the default decoder prints it, the text
// after "= " (e.g. "0 (Timeout)", "0x8000 (flags O_RDONLY|O_LARGEFILE)").
using ReturnAnnotator = std::string (*)(const CallContext& call, const std::string& value);
// `entry_args`: how many of its arguments strace prints when the call is
// entered (the head of an "<unfinished ...>" line); -1: as the table's
// argument kinds say (the first output argument ends the head).
struct SpecialSyscall {
  const char* name;
  ArgumentsDecoder arguments;
  ReturnAnnotator annotate;
  int entry_args = -1;
};
const SpecialSyscall* FindSpecial(uint64_t nr);
extern const ArgumentsDecoder kIoctlArguments;  // cli/decode/ioctl.cc
extern const ReturnAnnotator kIoctlResult;     // cli/decode/ioctl.cc
extern const ArgumentsDecoder kPrctlArguments;  // cli/decode/prctl.cc
extern const ArgumentsDecoder kMsgArguments;    // cli/decode/msghdr.cc
extern const ArgumentsDecoder kLandlockAddRuleArguments;  // cli/decode/landlock.cc
extern const ArgumentsDecoder kKexecLoadArguments;  // cli/decode/reboot.cc
extern const ArgumentsDecoder kMmsgArguments;
extern const ReturnAnnotator kRecvmmsgResult;
extern const ArgumentsDecoder kSelectArguments;  // cli/decode/fd_lists.cc
extern const ArgumentsDecoder kPollArguments;
extern const ArgumentsDecoder kCapabilityArguments;  // cli/decode/capability.cc
extern const ReturnAnnotator kPrctlResult;
extern const ArgumentsDecoder kSetMempolicyArguments;  // cli/decode/numa.cc
extern const ArgumentsDecoder kGetMempolicyArguments;
extern const ArgumentsDecoder kMbindArguments;
// numa.cc, seccomp.cc, mqueue.cc, mount.cc, fanotify.cc, resources.cc (in cli/decode/):
extern const ArgumentsDecoder kMountArguments;  // cli/decode/mount.cc
extern const ArgumentsDecoder kMovePagesArguments;  // cli/decode/numa.cc
extern const ArgumentsDecoder kMincoreArguments;  // cli/decode/process.cc
// Every argument by its kind, but the array `array` as "[]" when the count
// `count` is 0 (and the array is not NULL), whether or not the call failed:
// strace prints the empty array it would have filled (move_pages, mincore).
std::vector<std::string> ArgumentsWithEmptyArray(const CallContext& c, int count, int array);  // cli/decode/process.cc
extern const ArgumentsDecoder kGetThreadAreaArguments, kModifyLdtArguments;  // cli/decode/process.cc
extern const ArgumentsDecoder kMigratePagesArguments, kSeccompArguments, kMqOpenArguments, kFsconfigArguments,
    kFanotifyMarkArguments, kSchedSetattrArguments;
extern const ArgumentsDecoder kSetsockoptArguments;  // cli/decode/sockopt.cc
extern const ArgumentsDecoder kGetsockoptArguments;
extern const ArgumentsDecoder kKeyctlArguments;  // cli/decode/keyctl.cc
extern const ArgumentsDecoder kKeyringLastArguments;
extern const ArgumentsDecoder kPtraceArguments;  // cli/decode/ptrace.cc
extern const ArgumentsDecoder kIpcGetArguments;  // cli/decode/ipc.cc
extern const ArgumentsDecoder kMsgbufArguments;  // cli/decode/ipc.cc: msgsnd, msgrcv
extern const ArgumentsDecoder kIpcCtlArguments;  // cli/decode/ipc_ctl.cc
extern const ArgumentsDecoder kNetlinkBufferArguments;  // cli/decode/netlink.cc
extern const ArgumentsDecoder kMembarrierArguments;  // cli/decode/membarrier.cc
extern const ReturnAnnotator kMembarrierResult;
extern const ArgumentsDecoder kAdjtimeArguments;  // cli/decode/timex.cc
extern const ArgumentsDecoder kIoUringSetupArguments;  // cli/decode/io_uring.cc
extern const ArgumentsDecoder kIoUringRegisterArguments;  // cli/decode/io_uring_register.cc
extern const ArgumentsDecoder kPerfEventOpenArguments;  // cli/decode/perf_event.cc
extern const ArgumentsDecoder kBpfArguments;  // cli/decode/bpf.cc
extern const ArgumentsDecoder kAioGetEventsArguments;  // cli/decode/aio.cc
extern const ArgumentsDecoder kAioSubmitArguments;
extern const ArgumentsDecoder kQuotactlArguments;  // cli/decode/quotactl.cc
extern const ArgumentsDecoder kIoprioSetArguments;  // cli/decode/ioprio.cc
extern const ReturnAnnotator kIoprioGetResult;
extern const ArgumentsDecoder kRebootArguments;  // cli/decode/reboot.cc
extern const ArgumentsDecoder kSwaponArguments;
extern const ArgumentsDecoder kSigpendingArguments;  // cli/decode/signal.cc
extern const ReturnAnnotator kSignalResult;
extern const ArgumentsDecoder kGetxattrArguments, kSetxattrArguments, kListxattrArguments;  // cli/decode/xattr.cc
extern const ArgumentsDecoder kFutexArguments;  // cli/decode/futex.cc
extern const ArgumentsDecoder kFileHandleArguments;  // cli/decode/file_handle.cc
extern const ArgumentsDecoder kPersonalityArguments;  // cli/decode/personality.cc
extern const ReturnAnnotator kPersonalityResult;
extern const ArgumentsDecoder kSyslogArguments;
extern const ReturnAnnotator kAdjtimeResult;

}  // namespace lzp::cli
