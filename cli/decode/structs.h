// cli/decode/structs.h — structs pointed to by syscall arguments, printed as
// strace prints them. Each family of structs has its own file here; this
// header is their one entry point, keyed by the struct names used in
// syscalltable/syscalls.tbl (in(stat), out(rlimit), ...).
#pragma once

#include <cstdint>
#include <functional>
#include <bitset>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace lzp::cli {

struct FormatOptions {
  uint32_t string_limit = 32;  // -s
  int hex = 0;                 // -x (1), -xx (2)
  bool verbose = false;        // -v, or -e abbrev= without this syscall
  bool structs = true;         // false under -e verbose= without this syscall: structs as addresses
  int decode_fds = 0;          // -y, -yy, --decode-fds=: kDecode* bits (cli/options/options.h)
  bool kvm_vcpu = false;       // -e kvm=vcpu: KVM_RUN's exit reason (a recording may carry it unasked)
  const std::bitset<512>* raw = nullptr;      // -e raw=: syscalls printed undecoded, in hex
  const std::bitset<512>* abbrev = nullptr;   // -e abbrev=: structs abbreviated (else: `verbose`)
  const std::bitset<512>* decoded = nullptr;  // -e verbose=: structs decoded at all
  class PidNames* pid_names = nullptr;         // -Y: pids printed with their command names
  uint64_t resuming_nr = 0;  // restart_syscall: the call it resumes (0, read, when none was seen: strace's word too)
};

// The struct `name` decoded from `bytes` (a copy out of the tracee: any
// length), or nullopt if we do not know it or the bytes are too short.
std::optional<std::string> FormatStruct(std::string_view name, std::string_view bytes, const FormatOptions& options);

// Reads a T at `offset` (callers check the length first).
template <typename T> T Field(std::string_view bytes, size_t offset) {
  T v{};
  if (offset + sizeof(T) <= bytes.size()) std::memcpy(&v, bytes.data() + offset, sizeof(T));
  return v;
}

// Helpers shared by the decoders.
std::string FormatSigset(uint64_t mask);          // "[INT QUIT]", "~[RTMIN RT_1]"
std::string FormatMode(uint32_t mode);            // "S_IFREG|0644"
std::string FormatSymbolicMode(uint32_t mode);    // mknod's: with no file type, the set-id and sticky bits still named ("S_ISUID|0644")
std::string FormatMakedev(uint64_t dev);          // "makedev(0x8, 0x1)"
std::string FormatClockTicks(uint64_t ticks);
// -X raw|verbose: the number in decimal (ioprio_set), in hex with hex_number (aio_reqprio).
std::string FormatIoprio(uint64_t value, bool hex_number = false);         // "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)"    // "13 /* 0.13 s */"
std::string FormatPollRevents(std::string_view pollfds, const FormatOptions& o);  // "[{fd=4, revents=POLLOUT}]"
// The room strace gives poll's result text (the list and ppoll's ", left
// {...}"), and what a list entry must leave free of it.
inline constexpr size_t kPollTextRoom = 1024, kPollTextSpare = 27;
// An fd_set of select/pselect6: the fds below nfds, at most *budget of them
// when budget is given (strace stops at the count the call returned).
std::string FormatFdSet(std::string_view b, uint64_t nfds, uint64_t* budget);
// An array of `size`-byte elements as strace prints one: "[a, b, ...]",
// at most -s elements (all of them under -v), each formatted by `element`
// from its bytes.
std::string FormatArray(std::string_view b, size_t size, const FormatOptions& o,
                        const std::function<std::string(std::string_view)>& element);
// getdents (is64 false) and getdents64's entries under -v (cli/decode/dirent.cc).
std::string FormatDirents(std::string_view b, bool is64, const FormatOptions& o);
struct CallContext;
// io_pgetevents' and pselect6's sixth argument: "{sigmask=[USR1], sigsetsize=8}".
std::string FormatSigmaskArgument(const CallContext& c);
// An interface index as strace prints it: by the name this machine gives it
// (asked when the line is printed) as if_nametoindex("lo"), else the number.
std::string InterfaceIndex(uint32_t index);
// Network-order fields (cli/decode/socket.cc), as -X prints them: abbrev
// htons(80) / inet_addr("127.0.0.1"); raw the bytes ("\x00\x50"); verbose both.
std::string NetworkOrder(std::string_view bytes, const std::string& abbreviated);
std::string Ipv4Address(std::string_view b, size_t at);  // the 4 bytes at `at`
// An IPv6 address field: inet_pton(AF_INET6, "::1", &FIELD), or under -X
// raw|verbose FIELD="\x00..." (with the inet_pton form in verbose's comment).
std::string Ipv6Field(std::string_view bytes, std::string_view field);
std::string FormatTimespec(std::string_view b);   // "{tv_sec=1, tv_nsec=2}"
// The same shape written at p (room for kSecondsAndFractionMax bytes), for
// the printer's plain lines (cli/print/plain_line.h); returns the end.
// fraction_field: "tv_nsec=" or "tv_usec=".
inline constexpr size_t kSecondsAndFractionMax = 64;
char* WriteSecondsAndFraction(char* p, std::string_view b, std::string_view fraction_field);
std::string FormatTimeval(std::string_view b);    // "{tv_sec=1, tv_usec=2}"
// " /* 2023-11-14T22:13:20.000000123+0000 */": local time as strace prints
// absolute times, the fraction (of `fraction_digits` digits) only if non-zero;
// "" when the time has no local date (a year beyond int), as strace prints none.
std::string DateComment(int64_t seconds, int64_t fraction, int fraction_digits);
// A timespec with its date, except for zero or an invalid tv_nsec (strace's rule).
std::string FormatTimespecWithDate(int64_t sec, int64_t nsec);

using StructFormatter = std::optional<std::string> (*)(std::string_view bytes, const FormatOptions& options);
struct StructDecoder { const char* name; StructFormatter format; };

// Each family file defines its list (ending with a null name).
extern const StructDecoder kStatDecoders[];
extern const StructDecoder kTimeDecoders[];
extern const StructDecoder kSignalDecoders[];
extern const StructDecoder kSocketDecoders[];
extern const StructDecoder kProcessDecoders[];
extern const StructDecoder kResourceDecoders[];
extern const StructDecoder kOpenDecoders[];
extern const StructDecoder kTimexDecoders[];
extern const StructDecoder kLockDecoders[];
extern const StructDecoder kAioDecoders[];
extern const StructDecoder kFutexDecoders[];
extern const StructDecoder kIpcDecoders[];
extern const StructDecoder kLandlockDecoders[];
extern const StructDecoder kMqueueDecoders[];
extern const StructDecoder kMountDecoders[];
extern const StructDecoder kNumaDecoders[];
extern const StructDecoder kKexecDecoders[];

}  // namespace lzp::cli
