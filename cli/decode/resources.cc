// cli/decode/resources.cc — structs that report what the system and a process
// use: sched_param, tms, sysinfo, rusage, statfs, group lists and CPU sets
// (and, with no better home, _sysctl's arguments).
// Each formatter reads the x86-64 layout at fixed offsets (headers named at each) and prints the fields
// in strace's order and spelling; -v widens rusage as it does in strace.
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

// <linux/sched/types.h>: struct sched_param { int sched_priority; }.
std::optional<std::string> SchedParam(std::string_view b, const FormatOptions&) {
  if (b.size() < 4) return std::nullopt;
  return fmt::format("[{}]", Field<int32_t>(b, 0));
}

// <linux/times.h>: four clock_t (long) counters.
std::string Ticks(uint64_t ticks) { return FormatClockTicks(ticks); }

std::optional<std::string> Tms(std::string_view b, const FormatOptions&) {
  if (b.size() < 32) return std::nullopt;
  return fmt::format("{{tms_utime={}, tms_stime={}, tms_cutime={}, tms_cstime={}}}", Ticks(Field<uint64_t>(b, 0)),
                     Ticks(Field<uint64_t>(b, 8)), Ticks(Field<uint64_t>(b, 16)), Ticks(Field<uint64_t>(b, 24)));
}

// <linux/sysinfo.h>: longs, with procs an unsigned short at 80 and mem_unit
// a u32 at 104.
std::optional<std::string> Sysinfo(std::string_view b, const FormatOptions&) {
  if (b.size() < 112) return std::nullopt;
  auto u = [&](size_t offset) { return Field<uint64_t>(b, offset); };
  return fmt::format(
      "{{uptime={}, loads=[{}, {}, {}], totalram={}, freeram={}, sharedram={}, bufferram={}, totalswap={}, "
      "freeswap={}, procs={}, totalhigh={}, freehigh={}, mem_unit={}}}",
      Field<int64_t>(b, 0), u(8), u(16), u(24), u(32), u(40), u(48), u(56), u(64), u(72), Field<uint16_t>(b, 80),
      u(88), u(96), Field<uint32_t>(b, 104));
}

// <linux/resource.h>: two timevals, then fourteen longs.
std::optional<std::string> Rusage(std::string_view b, const FormatOptions& o) {
  if (b.size() < 144) return std::nullopt;
  std::string out = "{ru_utime=" + FormatTimeval(b) + ", ru_stime=" + FormatTimeval(b.substr(16));
  if (!o.verbose) return out + ", ...}";
  static const char* const kCounters[] = {"ru_maxrss", "ru_ixrss",  "ru_idrss",  "ru_isrss",    "ru_minflt",
                                          "ru_majflt", "ru_nswap",  "ru_inblock", "ru_oublock", "ru_msgsnd",
                                          "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
  size_t offset = 32;
  for (const char* name : kCounters) {
    out += fmt::format(", {}={}", name, Field<int64_t>(b, offset));
    offset += 8;
  }
  return out + "}";
}

// <asm-generic/statfs.h> with 64-bit words: f_type, f_bsize, f_blocks,
// f_bfree, f_bavail, f_files, f_ffree, f_fsid (two ints), f_namelen,
// f_frsize, f_flags. f_fsid's two ints are an array as strace prints one
// (cut at -s elements: "[...]" under -s 0).
std::optional<std::string> Statfs(std::string_view b, const FormatOptions& o) {
  if (b.size() < 88) return std::nullopt;
  auto u = [&](size_t offset) { return Field<uint64_t>(b, offset); };
  std::string fsid = FormatArray(b.substr(56, 8), 4, o, [](std::string_view v) { return Hex(Field<uint32_t>(v, 0)); });
  std::string out = fmt::format(
      "{{f_type={}, f_bsize={}, f_blocks={}, f_bfree={}, f_bavail={}, f_files={}, f_ffree={}, "
      "f_fsid={{val={}}}, f_namelen={}, f_frsize={}",
      FormatFlags("fs_magic", u(0)), Field<int64_t>(b, 8), u(16), u(24), u(32), u(40), u(48), fsid,
      Field<int64_t>(b, 64), Field<int64_t>(b, 72));
  if (u(80)) out += ", f_flags=" + FormatFlags("statfs_flags", u(80));
  return out + "}";
}

// gid_t[]: "[0, 4, 24]".
// getgroups/setgroups' list: at most -s ids unless -v.
std::optional<std::string> Gids(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 4, o, [](std::string_view id) { return fmt::format("{}", Field<uint32_t>(id, 0)); });
}

// The most of a CPU mask strace shows: the kernel's cpumask size, found as
// strace finds it (128 bytes, doubled while sched_getaffinity says EINVAL:
// too small for the machine's CPU ids; with a NULL mask a size that fits
// fails with EFAULT instead).
size_t ShownCpusetBytes() {
  static const size_t bytes = [] {
    size_t size = 128;
    while (size < (size_t{1} << 20) && syscall(SYS_sched_getaffinity, 0, size, nullptr) == -1 && errno == EINVAL) size *= 2;
    return size;
  }();
  return bytes;
}

// A CPU bitmask: the numbers of the set bits, "[0 1]"; a mask longer than
// the kernel's is shown as far as the kernel's size, then " ...".
std::optional<std::string> Cpuset(std::string_view b, const FormatOptions&) {
  std::string out = "[";
  size_t shown = std::min(b.size(), ShownCpusetBytes());
  for (size_t bit = 0; bit < shown * 8; ++bit)
    if (static_cast<uint8_t>(b[bit / 8]) & (1u << (bit % 8))) out += fmt::format("{}{}", out.size() > 1 ? " " : "", bit);
  if (b.size() > shown) out += out.size() > 1 ? " ..." : "...";
  return out + "]";
}

}  // namespace

namespace {

// <linux/sched/types.h> struct sched_attr: the fields its size covers (a
// size below the first version's 48 bytes, other than 0, which means 48:
// the size alone). What sched_setattr passes (`set`) leaves out the
// parameters SCHED_FLAG_KEEP_PARAMS keeps, and ends in "..." when its size
// goes past the 56 bytes this header knows; what sched_getattr gets back is
// shown whole.
std::optional<std::string> SchedAttrText(std::string_view b, bool set) {
  uint32_t size = Field<uint32_t>(b, 0);
  if (b.size() >= 4 && size != 0 && size < 48) return fmt::format("{{size={}}}", size);
  if (b.size() < 48) return std::nullopt;
  uint64_t flags = Field<uint64_t>(b, 8);
  constexpr uint64_t kKeepParams = 0x10;
  constexpr uint32_t kKnown = 56;
  std::string out = fmt::format("{{size={}, sched_policy={}, sched_flags={}", size,
                                FormatFlags("sched_policy", Field<uint32_t>(b, 4)), FormatFlags("sched_flags", flags));
  if (!set || !(flags & kKeepParams))
    out += fmt::format(", sched_nice={}, sched_priority={}, sched_runtime={}, sched_deadline={}, sched_period={}",
                       Field<int32_t>(b, 16), Field<uint32_t>(b, 20), Field<uint64_t>(b, 24), Field<uint64_t>(b, 32),
                       Field<uint64_t>(b, 40));
  if (size >= kKnown && b.size() >= kKnown)
    out += fmt::format(", sched_util_min={}, sched_util_max={}", Field<uint32_t>(b, 48), Field<uint32_t>(b, 52));
  return out + (set && size > kKnown ? ", ...}" : "}");
}

std::optional<std::string> SchedAttr(std::string_view b, const FormatOptions&) { return SchedAttrText(b, false); }

// <linux/sysctl.h> struct __sysctl_args (_sysctl, which this kernel does not
// have): its pointers as addresses, nlen signed, newlen unsigned, as strace.
std::optional<std::string> SysctlArgs(std::string_view b, const FormatOptions&) {
  if (b.size() < 48) return std::nullopt;
  return fmt::format("{{name={}, nlen={}, oldval={}, oldlenp={}, newval={}, newlen={}}}", Pointer(Field<uint64_t>(b, 0)),
                     Field<int32_t>(b, 8), Pointer(Field<uint64_t>(b, 16)), Pointer(Field<uint64_t>(b, 24)),
                     Pointer(Field<uint64_t>(b, 32)), Field<uint64_t>(b, 40));
}

// <linux/capability.h>: the header of capget/capset.
std::optional<std::string> CapHeader(std::string_view b, const FormatOptions&) {
  if (b.size() < 8) return std::nullopt;
  return fmt::format("{{version={}, pid={}}}", FormatFlags("cap_version", Field<uint32_t>(b, 0)), Field<int32_t>(b, 4));
}

}  // namespace

// A clock_t in USER_HZ (100) ticks, with strace's seconds comment when nonzero.
std::string FormatClockTicks(uint64_t ticks) {
  if (ticks == 0) return "0";  // -X raw: the number alone
  return UnknownConstant(fmt::format("{}", ticks), fmt::format("{}.{:02} s", ticks / 100, ticks % 100));
}

const StructDecoder kResourceDecoders[] = {{"sched_param", SchedParam}, {"tms", Tms},         {"sysinfo", Sysinfo},
                                           {"rusage", Rusage},          {"statfs", Statfs},
                                           {"gids", Gids},               {"cpuset", Cpuset},
                                           {"sched_attr", SchedAttr}, {"sysctl_args", SysctlArgs},    {"cap_header", CapHeader},
                                           {nullptr, nullptr}};

namespace {

// sched_setattr refused with E2BIG: the kernel wrote the size it knows into
// the struct's size field, shown after the struct as strace does
// ("{size=1} => {size=56}").
std::vector<std::string> SchedSetattr(const CallContext& c) {
  constexpr int64_t kE2big = -7;
  std::vector<std::string> out;
  for (int i = 0; i < c.info->nargs; ++i) out.push_back(FormatArgument(c, i));
  const Capture* in = c.rec.args[1] != 0 && c.options.structs ? c.captures.Find(1, proto::kAtEntry) : nullptr;
  if (in != nullptr && !in->faulted())
    if (auto text = SchedAttrText(in->data, true)) out[1] = *text;
  const Capture* back = c.rec.ret == kE2big && c.rec.args[1] != 0 ? c.captures.Find(1, proto::kAtExit) : nullptr;
  if (back != nullptr && !back->faulted() && back->data.size() >= 4 && c.options.structs && !out[1].starts_with("0x"))
    out[1] += fmt::format(" => {{size={}}}", Field<uint32_t>(back->data, 0));
  return out;
}

}  // namespace

const ArgumentsDecoder kSchedSetattrArguments = SchedSetattr;

}  // namespace lzp::cli
