// cli/options/options.cc — strace's option syntax through getopt_long.
//
// "+" stops at the first non-option (PROG), exactly as strace does, and
// getopt prints strace's own wording for unknown options and missing
// arguments ("lzptrace: invalid option -- 'Q'"). strace options that lzptrace
// does not implement yet are refused by name rather than silently ignored.
#include "cli/options/options.h"

#include "cli/summary/summary.h"
#include "cli/handlers/handler_library.h"

#include <getopt.h>

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace lzp::cli {
namespace {

constexpr char kUsage[] =
    "Usage: lzptrace [-ACcfiknqrtTvwxyYzZ] [-a COLUMN] [-X raw|abbrev|verbose] [-P PATH]... [-e EXPR]... [-E VAR=VAL]... [-u USER] [-o FILE] [-s STRSIZE] [-S SORTBY] [--filter=EXPR] [--mode=auto|hybrid|sud] [--json] [--perfetto=FILE] [--color[=WHEN]] [--record=FILE] [--handler=LIB]... {PROG [ARGS] | -p PID | --replay=FILE}\n"
    "\n"
    "Traces the system calls of PROG, like strace, from inside the process:\n"
    "an interposer the loader starts first (LD_AUDIT) catches every syscall\n"
    "(Syscall User Dispatch, then rewritten call sites through page 0) and\n"
    "streams them to lzptrace.\n"
    "\n"
    "  -a COLUMN      align results at COLUMN (default 40)\n"
    "  -c             count time, calls and errors per syscall and print a summary\n"
    "  -C             like -c, and print the trace too\n"
    "  -e EXPR        trace=[!]SET (names, /regex, %class, ?name, all, none),\n"
    "                 signal=[!]SET, status=[!]SET (successful failed unfinished\n"
    "                 unavailable detached), raw=SET, abbrev=SET, verbose=SET,\n"
    "                 read=FDS, write=FDS (hex dumps), kvm=vcpu (KVM_RUN's exit reason),\n"
    "                 inject=SET:error=E|retval=V[:syscall=NAME]\n"
    "                 [:signal=S][:delay_enter=D][:delay_exit=D][:when=W]\n"
    "                 [:poke_enter=@argN=HEX,...][:poke_exit=@argN=HEX,...],\n"
    "                 fault=SET[:error=E][:when=W][:syscall=NAME];\n"
    "                 filtered syscalls cost no event\n"
    "  -E VAR=VAL     put VAR=VAL in the program's environment; -E VAR removes VAR\n"
    "  -f             follow forks and threads\n"
    "  -ff            with -o FILE: one file per thread, FILE.TID\n"
    "  -i             print the address each syscall was made from\n"
    "  -D             run as the program's grandchild, the program as the caller's child;\n"
    "                 -DD: in a process group of its own; -DDD: in a session of its own\n"
    "  -O OVERHEAD    with -c: take OVERHEAD (10us, 2ms, 0.5: microseconds) off each call's time\n"
    "  -I INTERRUPTIBLE  when HUP, INT, QUIT, TERM stop lzptrace: 1 anywhere, 2 waiting (they\n"
    "                 let the tracees go, untraced; default), 3 never (also PIPE; default\n"
    "                 with -o FILE PROG), 4 never_tstp (also TSTP)\n"
    "  -b execve      let a traced process go when it execs (it runs on untraced)\n"
    "  -k             print the stack (file, function+offset) of each syscall\n"
    "  -Y             print pids with their command names: 1234<bash>\n"
    "  -n             print each syscall's number\n"

    "  -o FILE        write the trace to FILE instead of stderr\n"
    "  -A             with -o: append to FILE (FILE.TID with -ff) instead of truncating it\n"
    "  -P PATH        print only syscalls that touch PATH (by name or through an fd)\n"
    "  -p PID         trace the running task PID (comma-separated list: several); with -f\n"
    "                 every thread of its process and their new children; the interposer\n"
    "                 is injected (else, said: ptrace syscall stops); Ctrl-C detaches (-I)\n"
    "                 and takes it out\n"
    "  -q             suppress messages about attaching and detaching; -qq: and exit statuses\n"
    "  -s STRSIZE     print at most STRSIZE bytes of strings and buffers (default 32)\n"
    "  -v             print structs in full (stat, uname)\n"
    "  -x             print non-ASCII strings in hex; -xx: every string in hex\n"
    "  --strings-in-hex[=none|non-ascii|all]  as -x (non-ascii) or -xx (all, the default)\n"
    "  -X STYLE       constants (flags, enums, signals, AT_FDCWD, modes): abbrev (names;\n"
    "                 default), raw (numbers), verbose (numbers, names in a comment);\n"
    "                 --const-print-style=STYLE\n"
    "  -y             print the paths fds refer to: 3</etc/passwd>; -yy: also sockets'\n"
    "                 protocols and addresses, devices' numbers, pidfds' pids\n"
    "  -z, -Z         print only successful (-z) or failed (-Z) syscalls\n"
    "  -r             print the time since the previous line before each line\n"
    "  -S SORTBY      sort the summary by time (default), min-time, max-time, avg-time,\n"
    "                 calls, errors, name, nothing\n"
    "  -t             print the time of day before each line; -tt with microseconds;\n"
    "                 -ttt as seconds since the epoch\n"
    "  -T             print the time spent in each syscall\n"
    "  -u USER        run the program as USER (lzptrace must run as root)\n"
    "  -U COLUMNS     the summary's columns: time-percent,total-time,min-time,max-time,\n"
    "                 avg-time,calls,errors,name\n"
    "  --seccomp-bpf  accepted: lzptrace always filters inside the tracee\n"
    "  -w             summarise wall-clock time (default: system time, each call's CPU time)\n"
    "  --mode=MODE    auto (default): zpoline fast path if page 0 can be mapped,\n"
    "                 else SUD-only, said once on stderr; hybrid: insist on the\n"
    "                 fast path (still falls back, loudly); sud: SUD only\n"
    "  --filter=EXPR  print only the syscalls EXPR matches: 'openat && ret < 0',\n"
    "                 'dur > 1ms', 'path ~ \"/etc/*\"', 'fd == 3 || close' (docs/filter.md)\n"
    "  --ring-size=N  bytes of shared ring between tracees and lzptrace (power of two)\n"
    "  --handler=LIB  load the syscall handler library LIB into every traced process\n"
    "                 (repeatable, run in order; docs/handlers.md)\n"
    "  --record=FILE  write the events to FILE for --replay, without decoding them;\n"
    "                 the trace is printed live too only with -o FILE\n"
    "  --replay=FILE  print a recording (no PROG) as a live run with the output\n"
    "                 options given would have printed it\n"
    "  --json         JSON Lines instead of strace's text: one object per syscall,\n"
    "                 signal and task end (docs/json.md)\n"
    "  --perfetto=FILE  also write a timeline to FILE (Chrome trace-event JSON, for\n"
    "                 ui.perfetto.dev and chrome://tracing)\n"
    "  --color[=WHEN] colour names, errors, signals and ends: auto (on a terminal),\n"
    "                 always (--color alone), never (default)\n"
    "  --no-ptrace    trace in-process only: no ptrace companion, so no signals at\n"
    "                 their default action, no stops, no loader calls; ends from the\n"
    "                 trace (also what lzptrace does where ptrace is not allowed)\n"
    "  --no-eager-rewrite  rewrite each syscall site only when it first traps (SIGSYS),\n"
    "                 not before it runs from what other traced processes met\n"
    "  --step-static  trace statically linked programs through ptrace syscall stops\n"
    "                 (strace's way and speed), not by starting the interposer in them\n"
    "  --stats        at the end: events read, their rate, peak memory, calls via SIGSYS, lzptrace's CPU\n"
    "  -V, --version  print the version\n"
    "  -h, --help     this text (the manual: docs/lzptrace.1)\n";

constexpr char kVersion[] = "0.2";

// strace options recognised but not implemented yet: refused by name.
constexpr char kNotYet[] = "d";

void Hint() { std::fprintf(stderr, "Try 'lzptrace -h' for more information.\n"); }

bool Fail(const char* message, int* exit_code) {
  std::fprintf(stderr, "lzptrace: %s\n", message);
  Hint();
  *exit_code = 1;
  return false;
}

// strace 6.1's checks of options that do not go together, in its order:
// errors (exit 1) and warnings (the option is then ignored, as strace does).
bool CheckCombinations(const Options& o, bool seccomp_bpf, bool sort_given, int status_options, int* exit_code) {
  auto warn = [](const char* message) { std::fprintf(stderr, "lzptrace: %s\n", message); };
  if (seccomp_bpf && o.follow_forks == 0) warn("--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
  bool summary = o.summary || o.summary_and_trace;
  if (summary && o.follow_forks >= 2)
    return Fail("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive", exit_code);
  if (o.wall_time && !summary) return Fail("-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)", exit_code);
  if (!o.summary_columns.empty() && !summary)
    return Fail("-U/--summary-columns must be given with (-c/--summary-only or -C/--summary)", exit_code);
  if (sort_given && !summary) warn("-S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)");
  if (o.summary && !o.summary_and_trace) {  // -c alone: options of the trace's lines
    const struct { bool given; const char* option; } unused[] = {
        {o.instruction_pointer, "-i/--instruction-pointer"}, {o.stack_trace, "-k/--stack-traces"},
        {o.syscall_numbers, "-n/--syscall-number"},         {o.relative, "-r/--relative-timestamps"},
        {o.timestamps != 0, "-t/--absolute-timestamps"},    {o.durations, "-T/--syscall-times"},
        {o.decode_fds != 0, "-y/--decode-fds"}};
    for (const auto& u : unused) {
      if (u.given) std::fprintf(stderr, "lzptrace: %s has no effect with -c/--summary-only\n", u.option);
    }
  }
  if (status_options > 1) {
    warn("Only the last of -z/--successful-only/-Z/--failed-only options will take effect. See status qualifier for "
         "more complex filters.");
  }
  if (seccomp_bpf && o.follow_forks != 0 && o.filters.trace.all())
    warn("Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.");
  return true;
}

// strace's message for a value OPTION does not take, with the hint; exit 1.
bool InvalidArgument(const char* option, const char* value, int* exit_code) {
  return Fail((std::string("invalid ") + option + " argument: '" + value + "'").c_str(), exit_code);
}

// -x with --strings-in-hex: refused as strace 6.1 refuses it (no hint after).
bool HexTwice(int* exit_code) {
  std::fprintf(stderr, "lzptrace: -x and --strings-in-hex cannot be provided simultaneously\n");
  *exit_code = 1;
  return false;
}

// strace 6.1's timestamp precisions as digits after the point: s, ms, us, ns; -1 if none.
int PrecisionDigits(std::string_view word) {
  return word == "s" ? 0 : word == "ms" ? 3 : word == "us" ? 6 : word == "ns" ? 9 : -1;
}

// --absolute-timestamps=/--timestamps=[[format:]FORMAT][,[precision:]PRECISION]:
// FORMAT none, time or unix (default time), PRECISION (default s). A bare
// word is a format if it names one, else a precision (as strace 6.1).
bool AbsoluteTimestamps(std::string_view arg, Options* out) {
  int format = 1, digits = 0;
  while (!arg.empty()) {
    size_t comma = arg.find(',');
    std::string_view word = arg.substr(0, comma);
    arg = comma == std::string_view::npos ? std::string_view() : arg.substr(comma + 1);
    bool format_only = word.rfind("format:", 0) == 0, precision_only = word.rfind("precision:", 0) == 0;
    if (format_only) word.remove_prefix(7);
    if (precision_only) word.remove_prefix(10);
    int f = word == "none" ? 0 : word == "time" ? 1 : word == "unix" ? 3 : -1;
    if (f >= 0 && !precision_only) {
      format = f;
    } else if (!format_only && PrecisionDigits(word) >= 0) {
      digits = PrecisionDigits(word);
    } else {
      return false;
    }
  }
  out->timestamps = format;
  out->absolute_digits = digits;
  return true;
}

// strace's time specification: a number strtod reads, then s, ms, us or ns
// (none: us); never negative.
bool TimeSpecNs(const char* text, uint64_t* ns) {
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(text, &end);
  if (end == text || errno != 0 || !(v >= 0) || v > 1e18) return false;
  std::string_view unit = end;
  double scale = unit.empty() || unit == "us" ? 1e3 : unit == "ms" ? 1e6 : unit == "s" ? 1e9 : unit == "ns" ? 1 : -1;
  if (scale < 0 || v * scale > 1.8e19) return false;
  *ns = static_cast<uint64_t>(v * scale + 0.5);
  return true;
}

// A decimal argument of option -OPT in [0, max]; strace's message if not.
bool Number(char opt, const char* text, long max, long* value, int* exit_code) {
  char* end = nullptr;
  long n = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || n < 0 || n > max) {
    std::fprintf(stderr, "lzptrace: invalid -%c argument: '%s'\n", opt, text);
    *exit_code = 1;
    return false;
  }
  *value = n;
  return true;
}

// The -e qualifiers that set options rather than filters: quiet=,
// decode-fds=, decode-pids=. True if `expression` was one (and was valid:
// else *error says why).
bool ApplyOptionExpression(std::string_view expression, Options* out, std::string* error) {
  size_t eq = expression.find('=');
  if (eq == std::string_view::npos) return false;
  std::string_view qualifier = expression.substr(0, eq), value = expression.substr(eq + 1);
  bool negate = !value.empty() && value[0] == '!';
  if (negate) value.remove_prefix(1);
  std::vector<std::string_view> items;
  for (size_t start = 0; start <= value.size();) {
    size_t comma = value.find(',', start);
    items.push_back(value.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  auto has = [&](std::string_view name) {
    for (std::string_view i : items)
      if (i == name || i == "all") return !negate;
    return negate;
  };
  auto valid = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view i : items) {
      bool known = i == "all" || i == "none";
      for (std::string_view n : names) known |= i == n;
      if (!known) {
        *error = "invalid " + std::string(qualifier) + " '" + std::string(i) + "'";
        return false;
      }
    }
    return true;
  };
  if (qualifier == "quiet" || qualifier == "silent" || qualifier == "silence" || qualifier == "q") {
    // strace's other messages (path resolution, personality, superseded
    // threads) are ones lzptrace never prints.
    if (!valid({"attach", "exit", "path-resolution", "personality", "thread-execve", "superseded"})) return true;
    out->quiet_attach = has("attach");
    out->quiet_exit = has("exit");
    out->quiet_given = true;
    return true;
  }
  if (qualifier == "decode-fds" || qualifier == "decode-fd") {
    if (!valid({"path", "socket", "dev", "pidfd"})) return true;
    out->decode_fds |= (has("path") ? kDecodePath : 0) | (has("socket") ? kDecodeSocket : 0) |
                       (has("dev") ? kDecodeDev : 0) | (has("pidfd") ? kDecodePidfd : 0);
    return true;
  }
  if (qualifier == "kvm") {  // strace 6.1 takes one value
    if (expression.substr(eq + 1) != "vcpu") *error = "invalid -e kvm= argument: '" + std::string(expression.substr(eq + 1)) + "'";
    out->kvm_vcpu = error->empty();
    return true;
  }
  if (qualifier == "decode-pids" || qualifier == "decode-pid") {
    if (!valid({"comm"})) return true;  // pidns: not supported
    out->pid_names = has("comm");
    return true;
  }
  return false;
}

}  // namespace

bool ParseOptions(int argc, char** argv, Options* out, int* exit_code) {
  enum { kModeOpt = 1000, kRecordOpt, kReplayOpt, kRingSizeOpt, kStatsOpt, kJsonOpt, kPerfettoOpt, kColorOpt, kNoPtraceOpt, kSeccompBpfOpt, kQualifierOpt, kOutputSeparatelyOpt, kDecodePidsOpt,
        kFilterOpt, kNotYetLongOpt, kHandlerOpt, kDaemonizeOpt, kStringsInHexOpt };
  enum { kNoEagerRewriteOpt = 1200, kStepStaticOpt };
  // strace 6.1's long spellings. The -e qualifiers (--trace=, --signal=, ...)
  // are passed on as "-e NAME=VALUE", their name taken from the option itself.
  static const struct option kLong[] = {
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {"mode", required_argument, nullptr, kModeOpt},
      {"ring-size", required_argument, nullptr, kRingSizeOpt},
      {"handler", required_argument, nullptr, kHandlerOpt},
      {"stats", no_argument, nullptr, kStatsOpt},
      {"filter", required_argument, nullptr, kFilterOpt},
      {"json", no_argument, nullptr, kJsonOpt},
      {"perfetto", required_argument, nullptr, kPerfettoOpt},
      {"color", optional_argument, nullptr, kColorOpt},
      {"colour", optional_argument, nullptr, kColorOpt},
      {"no-ptrace", no_argument, nullptr, kNoPtraceOpt},
      {"no-eager-rewrite", no_argument, nullptr, kNoEagerRewriteOpt},
      {"step-static", no_argument, nullptr, kStepStaticOpt},
      {"record", required_argument, nullptr, kRecordOpt},
      {"replay", required_argument, nullptr, kReplayOpt},
      {"seccomp-bpf", no_argument, nullptr, kSeccompBpfOpt},
      {"stack-traces", no_argument, nullptr, 'k'},
      {"follow-forks", no_argument, nullptr, 'f'},
      {"output-separately", no_argument, nullptr, kOutputSeparatelyOpt},
      {"output", required_argument, nullptr, 'o'},
      {"output-append-mode", no_argument, nullptr, 'A'},
      {"string-limit", required_argument, nullptr, 's'},
      {"columns", required_argument, nullptr, 'a'},
      {"strings-in-hex", optional_argument, nullptr, kStringsInHexOpt},
      {"no-abbrev", no_argument, nullptr, 'v'},
      {"instruction-pointer", no_argument, nullptr, 'i'},
      {"syscall-number", no_argument, nullptr, 'n'},
      {"syscall-times", optional_argument, nullptr, 'T'},
      {"absolute-timestamps", optional_argument, nullptr, 't'},
      {"timestamps", optional_argument, nullptr, 't'},
      {"relative-timestamps", optional_argument, nullptr, 'r'},
      {"decode-fds", optional_argument, nullptr, kQualifierOpt},
      {"quiet", optional_argument, nullptr, kQualifierOpt},
      {"decode-pids", required_argument, nullptr, kDecodePidsOpt},
      {"detach-on", required_argument, nullptr, 'b'},
      // strace 6.1's long options lzptrace does not implement yet: refused by name.
      {"daemonize", optional_argument, nullptr, kDaemonizeOpt},
      {"debug", no_argument, nullptr, kNotYetLongOpt},
      {"interruptible", required_argument, nullptr, 'I'},
      {"const-print-style", required_argument, nullptr, 'X'},
      {"summary-syscall-overhead", required_argument, nullptr, 'O'},
      {"pidns-translation", no_argument, nullptr, kNotYetLongOpt},
      {"kvm", required_argument, nullptr, kQualifierOpt},
      {"tips", optional_argument, nullptr, kNotYetLongOpt},
      {"attach", required_argument, nullptr, 'p'},
      {"successful-only", no_argument, nullptr, 'z'},
      {"failed-only", no_argument, nullptr, 'Z'},
      {"summary-only", no_argument, nullptr, 'c'},
      {"summary", no_argument, nullptr, 'C'},
      {"summary-wall-clock", no_argument, nullptr, 'w'},
      {"summary-sort-by", required_argument, nullptr, 'S'},
      {"summary-columns", required_argument, nullptr, 'U'},
      {"trace-path", required_argument, nullptr, 'P'},
      {"env", required_argument, nullptr, 'E'},
      {"user", required_argument, nullptr, 'u'},
      {"trace", required_argument, nullptr, kQualifierOpt},
      {"signal", required_argument, nullptr, kQualifierOpt},
      {"status", required_argument, nullptr, kQualifierOpt},
      {"abbrev", required_argument, nullptr, kQualifierOpt},
      {"verbose", required_argument, nullptr, kQualifierOpt},
      {"raw", required_argument, nullptr, kQualifierOpt},
      {"read", required_argument, nullptr, kQualifierOpt},
      {"write", required_argument, nullptr, kQualifierOpt},
      {"inject", required_argument, nullptr, kQualifierOpt},
      {"fault", required_argument, nullptr, kQualifierOpt},
      {"silence", optional_argument, nullptr, kQualifierOpt},  // --quiet's other spellings
      {"silent", optional_argument, nullptr, kQualifierOpt},
      {nullptr, 0, nullptr, 0},
  };
  int long_index = -1;
  int interruptible = 0;  // -I as given (0: not given)
  int daemonize_short = 0, daemonize_long = 0;  // -D's count; --daemonize='s level
  std::string shortopts = "+hVfFiknqvxcCwtrTzZyYDAb:o:s:e:S:a:E:u:p:P:U:I:O:X:";
  bool hex_short = false, hex_long = false;  // -x and --strings-in-hex exclude each other (strace 6.1)
  int status_options = 0;     // -z and -Z given (strace warns when more than one)
  bool seccomp_bpf = false;   // --seccomp-bpf (strace's warnings about it)
  bool sort_given = false;    // -S (strace warns without -c or -C)
  for (const char* c = kNotYet; *c; ++c) {  // every strace option that takes an argument
    shortopts += *c;
    if (std::strchr("abeEIOpPsSuUX", *c) != nullptr) shortopts += ':';
  }
  argv[0] = const_cast<char*>("lzptrace");  // getopt names us in its messages
  opterr = 1;
  optind = 0;  // 0: glibc fully re-initialises getopt (ParseOptions may run more than once)
  int c;
  while ((c = getopt_long(argc, argv, shortopts.c_str(), kLong, &long_index)) != -1) {
    std::string qualified;  // --trace=X and the like, as "trace=X"
    if (c == kQualifierOpt) {  // --decode-fds and --quiet alone mean "path" and "attach,personality"
      std::string_view name = kLong[long_index].name;
      const char* value = optarg ? optarg : name == "decode-fds" ? "path" : "attach,personality";
      qualified = std::string(name) + "=" + value;
      optarg = qualified.data();
      c = 'e';
    }
    const char* long_name = long_index >= 0 ? kLong[long_index].name : nullptr;
    long_index = -1;
    switch (c) {
      case 'V':
        std::printf("lzptrace -- version %s (strace-compatible output, as of strace 6.1)\n", kVersion);
        *exit_code = 0;
        return false;
      case kOutputSeparatelyOpt: out->follow_forks = std::max(out->follow_forks, 2); break;
      case kNotYetLongOpt: {
        std::string message = std::string("option --") + (long_name ? long_name : "?") + " is not supported yet";
        return Fail(message.c_str(), exit_code);
      }
      case 'h':
        std::fputs(kUsage, stdout);
        *exit_code = 0;
        return false;
      case 'f': out->follow_forks++; break;
      case 'F':  // strace 6.1 takes it as -f, and says so
        std::fprintf(stderr, "lzptrace: option -F is deprecated, please use -f/--follow-forks instead\n");
        out->follow_forks = std::max(out->follow_forks, 1);
        break;
      case kStringsInHexOpt: {  // none, non-ascii (-x), all (-xx; also the option alone)
        std::string_view how = optarg ? optarg : "all";
        if (how != "none" && how != "non-ascii" && how != "all") return InvalidArgument("--strings-in-hex", optarg, exit_code);
        out->hex = how == "all" ? 2 : how == "non-ascii" ? 1 : 0;
        hex_long = true;
        if (hex_short) return HexTwice(exit_code);
        break;
      }
      case 'q':
        out->quiet++;
        out->quiet_attach = true;
        out->quiet_given = true;
        out->quiet_exit = out->quiet >= 2;
        break;
      case 'z': out->filters.status = kStatusSuccessful; ++status_options; break;
      case 'Z': out->filters.status = kStatusFailed; ++status_options; break;
      case 'a': {
        long n;
        if (!Number('a', optarg, 4096, &n, exit_code)) return false;
        out->align_column = static_cast<size_t>(n);
        break;
      }
      case 'E': out->env_changes.push_back(optarg); break;
      case 'y': out->decode_fds = out->decode_fds & kDecodePath ? kDecodeAll : out->decode_fds | kDecodePath; break;
      case 'i': out->instruction_pointer = true; break;
      case 'k': out->stack_trace = true; break;
      case 'Y': out->pid_names = true; break;
      case 'X':  // -X WORD, --const-print-style=WORD
        if (!ParseConstStyle(optarg, &out->const_style))
          return InvalidArgument(long_name != nullptr ? "--const-print-style" : "-X", optarg, exit_code);
        break;
      case 'I': {
        static constexpr std::string_view kLevels[] = {"anywhere", "waiting", "never", "never_tstp"};
        std::string_view level = optarg;
        interruptible = 0;
        for (int i = 0; i < 4; ++i)
          if (level == kLevels[i] || (level.size() == 1 && level[0] == '1' + i)) interruptible = i + 1;
        if (interruptible == 0) return InvalidArgument("-I", optarg, exit_code);
        break;
      }
      case 'D':
        if (daemonize_long) return Fail("-D and --daemonize cannot be provided simultaneously", exit_code);
        ++daemonize_short;
        break;
      case kDaemonizeOpt: {
        if (daemonize_short) return Fail("-D and --daemonize cannot be provided simultaneously", exit_code);
        std::string_view how = optarg ? optarg : "grandchild";
        daemonize_long = how == "grandchild" ? 1 : how == "pgroup" || how == "pgrp" ? 2 : how == "session" ? 3 : 0;
        if (daemonize_long == 0) return InvalidArgument("--daemonize", optarg, exit_code);
        break;
      }
      case 'O':
        if (!TimeSpecNs(optarg, &out->overhead_ns)) return InvalidArgument("-O", optarg, exit_code);
        break;
      case 'b':
        if (std::string_view(optarg) != "execve") {
          std::fprintf(stderr, "lzptrace: Syscall '%s' for -b isn't supported\n", optarg);
          *exit_code = 1;
          return false;
        }
        out->detach_on_exec = true;
        break;
      case kDecodePidsOpt:
        if (std::string_view(optarg) == "pidns") return Fail("option --decode-pids=pidns is not supported yet", exit_code);
        if (std::string_view(optarg) != "comm" && std::string_view(optarg) != "none") {
          std::fprintf(stderr, "lzptrace: invalid --decode-pids argument: '%s'\n", optarg);
          *exit_code = 1;
          return false;
        }
        out->pid_names = std::string_view(optarg) == "comm";
        break;
      case 'n': out->syscall_numbers = true; break;
      case 'A': out->append_output = true; break;
      case 'U': {
        std::string bad;
        if (!ParseColumns(optarg, &out->summary_columns, &bad)) {
          std::fprintf(stderr, "lzptrace: unknown column name: '%s'\n", bad.c_str());
          Hint();
          *exit_code = 1;
          return false;
        }
        break;
      }
      case kSeccompBpfOpt: seccomp_bpf = true; break;  // filtering always happens in the tracee: only strace's warnings
      case 'P': out->paths.push_back(optarg); break;
      case 'u': out->run_as_user = optarg; break;
      case 'p': {  // PIDs separated by commas or white space, as strace takes them
        std::string list = optarg;
        for (char& ch : list)
          if (ch == ',' || ch == ' ' || ch == '\t' || ch == '\n') ch = ' ';
        size_t at = 0;
        while ((at = list.find_first_not_of(' ', at)) != std::string::npos) {
          size_t end = list.find(' ', at);
          std::string one = list.substr(at, end == std::string::npos ? std::string::npos : end - at);
          char* rest = nullptr;
          long pid = std::strtol(one.c_str(), &rest, 10);
          if (*rest != '\0' || pid <= 0 || pid > 0x3fffffff) {
            std::fprintf(stderr, "lzptrace: Invalid process id: '%s'\n", one.c_str());
            *exit_code = 1;
            return false;
          }
          out->attach_pids.push_back(static_cast<int>(pid));
          at = end;
        }
        break;
      }
      case 'o': out->output_file = optarg; break;
      case 'v': out->verbose = true; out->filters.abbrev.reset(); break;  // -v is -e abbrev=none
      case 'c': out->summary = true; break;
      case 't':  // -t, -tt, -ttt; --timestamps[=FORMAT,PRECISION]
        if (optarg == nullptr) {
          out->timestamps++;
        } else if (!AbsoluteTimestamps(optarg, out)) {
          return InvalidArgument("--absolute-timestamps", optarg, exit_code);
        }
        break;
      case 'r':
        out->relative = true;
        if (optarg != nullptr && (out->relative_digits = PrecisionDigits(optarg)) < 0)
          return InvalidArgument("--relative-timestamps", optarg, exit_code);
        break;
      case 'T':
        out->durations = true;
        if (optarg != nullptr && (out->duration_digits = PrecisionDigits(optarg)) < 0)
          return InvalidArgument("--syscall-times", optarg, exit_code);
        break;
      case 'C': out->summary_and_trace = true; break;
      case 'w': out->wall_time = true; break;
      case 'S':
        if (!ValidSortKey(optarg)) {
          std::fprintf(stderr, "lzptrace: invalid sortby: '%s'\n", optarg);
          Hint();
          *exit_code = 1;
          return false;
        }
        out->sort_by = optarg;
        sort_given = true;
        break;
      case 'e': {
        std::string error;
        bool handled = ApplyOptionExpression(optarg, out, &error);
        if (handled ? !error.empty() : !ApplyExpression(optarg, &out->filters, &error)) {
          std::fprintf(stderr, "lzptrace: %s\n", error.c_str());
          *exit_code = 1;
          return false;
        }
        break;
      }
      case 'x':
        out->hex++;
        hex_short = true;
        if (hex_long) return HexTwice(exit_code);
        break;
      case 's': {
        long n;
        if (!Number('s', optarg, 16384, &n, exit_code)) return false;
        out->string_limit = static_cast<uint32_t>(n);
        break;
      }
      case kModeOpt: {
        std::string_view m = optarg;
        if (m == "auto") out->mode = proto::Mode::kAuto;
        else if (m == "hybrid") out->mode = proto::Mode::kHybrid;
        else if (m == "sud") out->mode = proto::Mode::kSud;
        else return Fail(("invalid --mode '" + std::string(m) + "': expected auto, hybrid or sud").c_str(), exit_code);
        break;
      }
      case kStatsOpt: out->stats = true; break;
      case kFilterOpt: {  // one line, pointing at the column: no usage hint
        std::string error;
        out->predicate = filter::Compile(optarg, &error);
        if (!out->predicate) {
          std::fprintf(stderr, "lzptrace: --filter: %s\n", error.c_str());
          *exit_code = 1;
          return false;
        }
        break;
      }
      case kJsonOpt: out->json = true; break;
      case kPerfettoOpt:
        if (*optarg == '\0') return Fail("invalid --perfetto argument: ''", exit_code);
        out->perfetto_file = optarg;
        break;
      case kColorOpt: {  // --color alone: always, as GNU ls and grep
        std::string_view when = optarg ? optarg : "always";
        if (when == "auto") out->color = ColorWhen::kAuto;
        else if (when == "always") out->color = ColorWhen::kAlways;
        else if (when == "never") out->color = ColorWhen::kNever;
        else return Fail(("invalid --color argument: '" + std::string(when) + "'").c_str(), exit_code);
        break;
      }
      case kNoPtraceOpt: out->use_ptrace = false; break;
      case kNoEagerRewriteOpt: out->eager_rewrite = false; break;
      case kStepStaticOpt: out->step_static = true; break;
      case kRecordOpt: out->record_file = optarg; break;
      case kReplayOpt: out->replay_file = optarg; break;
      case kHandlerOpt: {
        std::string absolute, error;
        if (!CheckHandlerLibrary(optarg, &absolute, &error)) {
          std::fprintf(stderr, "lzptrace: %s\n", error.c_str());
          *exit_code = 1;
          return false;
        }
        if (out->handlers.size() == 8) return Fail("at most 8 --handler libraries", exit_code);
        out->handlers.push_back(absolute);
        break;
      }
      case kRingSizeOpt: {
        char* end = nullptr;
        unsigned long long n = std::strtoull(optarg, &end, 0);
        if (*end != '\0' || n < 65536 || (n & (n - 1)) != 0 || n > (1ull << 34))
          return Fail("--ring-size must be a power of two from 65536 to 16G", exit_code);
        out->ring_bytes = n;
        break;
      }
      case '?':  // getopt already printed "invalid option" or "option requires an argument"
        Hint();
        *exit_code = 1;
        return false;
      default: {
        char message[80];
        std::snprintf(message, sizeof(message), "option -%c is not supported yet", c);
        return Fail(message, exit_code);
      }
    }
  }
  for (int i = optind; i < argc; ++i) out->command.emplace_back(argv[i]);
  if (!out->replay_file.empty()) {  // a recording to print: nothing to trace
    if (!out->record_file.empty()) return Fail("--record and --replay together are not supported", exit_code);
    if (!out->command.empty() || !out->attach_pids.empty())
      return Fail("--replay=FILE prints a recording: it takes no PROG or -p PID", exit_code);
    return true;
  }
  if (out->command.empty() && out->attach_pids.empty()) return Fail("must have PROG [ARGS] or -p PID", exit_code);
  if (daemonize_short > 3) {
    char message[96];
    std::snprintf(message, sizeof(message), "Too many -D's (%d), maximum supported -D count is 3", daemonize_short);
    return Fail(message, exit_code);
  }
  out->daemonize = daemonize_short + daemonize_long;
  if (out->daemonize && out->command.empty()) return Fail("PROG [ARGS] must be specified with -D/--daemonize", exit_code);
  if (!CheckCombinations(*out, seccomp_bpf, sort_given, status_options, exit_code)) return false;
  // -I's default, as strace's: never_tstp with -D, never with `-o FILE PROG` (^C is the program's), else waiting.
  out->interruptible = interruptible != 0          ? interruptible
                       : out->daemonize            ? 4
                       : !out->output_file.empty() && !out->command.empty() ? 3
                                                   : 2;
  // strace: "Process N detached" and the like are left out when the trace
  // goes to a file and the program was started, not attached.
  if (!out->output_file.empty() && !out->command.empty() && !out->quiet_given) out->quiet_attach = true;
  if (!out->command.empty() && !out->attach_pids.empty())
    return Fail("-p PID and PROG [ARGS] together are not supported: trace one or the other", exit_code);
  if (!out->attach_pids.empty() && !out->handlers.empty())
    return Fail("--handler needs the interposer, which -p PID does not inject: trace a PROG to use handlers", exit_code);
  if (out->predicate && out->predicate->string_test_column != 0 && (out->summary || out->summary_and_trace)) {
    std::fprintf(stderr, "lzptrace: --filter: column %d: -c and -C count in the traced processes, which cannot test "
                 "captured strings\n", out->predicate->string_test_column);
    *exit_code = 1;
    return false;
  }
  if (out->summary && !out->summary_and_trace) out->stack_trace = false;  // (said above)
  return true;
}

}  // namespace lzp::cli
