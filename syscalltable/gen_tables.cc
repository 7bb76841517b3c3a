// gen_tables — turns syscalls.tbl, errnos.tbl and signals.tbl into C++ arrays.
//
// Usage: gen_tables SYSCALLS.tbl ERRNOS.tbl SIGNALS.tbl STRUCTS.tbl OUT.cc
//                   OUT_CHECK.inc OUT_CAPTURE.cc
// OUT.cc defines the arrays declared in tables.h; OUT_CHECK.inc is a list of
// {"name", SYS_name} pairs that the tests compile against <sys/syscall.h>;
// OUT_CAPTURE.cc is the interposer's table of what to copy out of the tracee
// for each argument (tracer/capture.h), sized from STRUCTS.tbl.
// Any malformed line stops the build with the file and line number.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

[[noreturn]] void Fail(const std::string& where, const std::string& what) {
  std::fprintf(stderr, "gen_tables: %s: %s\n", where.c_str(), what.c_str());
  std::exit(1);
}

struct Arg { std::string name, kind, param, table, type; };
struct Syscall { long nr; std::string name, ret; std::vector<std::string> classes; std::vector<Arg> args; };

const std::map<std::string, std::string> kKinds = {
    {"int", "Int"}, {"uint", "Uint"}, {"long", "Long"}, {"ulong", "Ulong"}, {"size", "Size"},
    {"ssize", "Ssize"}, {"off", "Off"}, {"hex", "Hex"}, {"ptr", "Ptr"}, {"rem", "Remaining"}, {"oct", "Oct"},
    {"fd", "Fd"}, {"dirfd", "DirFd"}, {"pid", "Pid"}, {"uid", "Uid"}, {"gid", "Gid"},
    {"sig", "Signal"}, {"mode", "Mode"}, {"clockid", "ClockId"}, {"path", "Path"},
    {"str", "String"}, {"ibuf", "InBuf"}, {"obuf", "OutBuf"}, {"iov", "InIovec"},
    {"oiov", "OutIovec"}, {"flags", "Flags"}, {"enum", "Enum"}, {"in", "InStruct"},
    {"out", "OutStruct"}, {"inout", "InOutStruct"}, {"argv", "Argv"}, {"envp", "Envp"}, {"dirents", "Dirents"}, {"opath", "OutPath"}, {"aiov", "AddrIovec"},
    {"ioctlarg", "Ptr"}, {"fcntlarg", "Hex"}};
// The kernel's type of an argument (its SYSCALL_DEFINE), as the width and
// signedness the CLI reads the register with. Plain-number kinds are their
// own type; kinds that point somewhere are pointers; every other kind (fd,
// pid, mode, flags, enum, hex, ...) names its type after a second ':'.
const std::map<std::string, std::string> kTypes = {
    {"int", "Int32"}, {"pid_t", "Int32"}, {"clockid_t", "Int32"}, {"key_t", "Int32"}, {"rwf_t", "Int32"},
    {"uint", "Uint32"}, {"u32", "Uint32"}, {"uid_t", "Uint32"}, {"gid_t", "Uint32"},
    {"long", "Int64"}, {"ulong", "Uint64"}, {"u64", "Uint64"}, {"aio_context_t", "Uint64"},
    {"umode_t", "Uint16"}};
const std::map<std::string, std::string> kNumberKinds = {
    {"int", "Int32"}, {"uint", "Uint32"}, {"long", "Int64"}, {"ulong", "Uint64"}, {"size", "Uint64"},
    {"ssize", "Int64"}, {"off", "Int64"}};
const std::vector<std::string> kTypedKinds = {"fd", "dirfd", "pid", "uid", "gid", "sig", "mode", "clockid",
                                              "flags", "enum", "hex", "oct"};
const std::map<std::string, std::string> kRets = {
    {"int", "Int"}, {"fd", "Fd"}, {"pid", "Pid"}, {"addr", "Addr"}, {"hex", "Hex"},
    {"uid", "Uid"}, {"noreturn", "NoReturn"}, {"ssize", "Ssize"}, {"long", "Long"},
    {"uint", "Uint"}, {"off", "Off"}, {"oct", "Oct"}};
const std::vector<std::string> kClasses = {"file", "desc", "process", "network", "signal",
    "ipc", "memory", "creds", "clock", "stat", "lstat", "fstat", "statfs", "fstatfs", "pure"};
const std::map<std::string, std::string> kClassBits = {
    {"file", "kFile"}, {"desc", "kDesc"}, {"process", "kProcess"}, {"network", "kNetwork"},
    {"signal", "kSignal"}, {"ipc", "kIpc"}, {"memory", "kMemory"}, {"creds", "kCreds"},
    {"clock", "kClock"}, {"stat", "kStat"}, {"lstat", "kLstat"}, {"fstat", "kFstat"},
    {"statfs", "kStatfs"}, {"fstatfs", "kFstatfs"}, {"pure", "kPure"}};

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) { if (c == '"' || c == '\\') out += '\\'; out += c; }
  return out + "\"";
}

// Yields (location, fields) for each non-blank, non-comment line.
template <typename F> void ForEachLine(const char* path, F f) {
  std::ifstream in(path);
  if (!in) Fail(path, "cannot open");
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    f(std::string(path) + ":" + std::to_string(n), line);
  }
}

Arg ParseArg(const std::string& where, const std::string& text) {
  auto colon = text.find(':');
  if (colon == std::string::npos) Fail(where, "argument without kind: " + text);
  Arg a{text.substr(0, colon), text.substr(colon + 1), "", "", ""};
  auto type_colon = a.kind.rfind(':');
  if (type_colon != std::string::npos && a.kind.find(')', type_colon) == std::string::npos) {
    a.type = a.kind.substr(type_colon + 1);
    a.kind = a.kind.substr(0, type_colon);
    if (!kTypes.count(a.type)) Fail(where, "unknown kernel type " + a.type);
  }
  auto open = a.kind.find('(');
  if (open != std::string::npos) {
    if (a.kind.back() != ')') Fail(where, "unclosed '(' in " + text);
    std::string inner = a.kind.substr(open + 1, a.kind.size() - open - 2);
    a.kind = a.kind.substr(0, open);
    if (a.kind == "ibuf" || a.kind == "obuf" || a.kind == "iov" || a.kind == "oiov" || a.kind == "aiov") a.param = inner;
    else a.table = inner;
  }
  if (!kKinds.count(a.kind)) Fail(where, "unknown kind " + a.kind);
  bool typed = std::find(kTypedKinds.begin(), kTypedKinds.end(), a.kind) != kTypedKinds.end();
  if (typed && a.type.empty()) Fail(where, "argument " + a.name + " needs its kernel type (" + a.kind + ":TYPE)");
  if (!typed && !a.type.empty()) Fail(where, "argument " + a.name + ": kind " + a.kind + " has its type already");
  a.type = typed ? kTypes.at(a.type) : kNumberKinds.count(a.kind) ? kNumberKinds.at(a.kind) : "Uint64";
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 8) Fail("usage", "gen_tables SYSCALLS ERRNOS SIGNALS STRUCTS OUT.cc OUT_CHECK.inc OUT_CAPTURE.cc");
  struct StructSize { std::string sizing, arg; long size = 0; };
  std::map<std::string, StructSize> structs;
  ForEachLine(argv[4], [&](const std::string& where, const std::string& full) {
    std::string line = full.substr(0, full.find('#'));
    std::istringstream ss(line);
    std::string name;
    StructSize st;
    if (!(ss >> name >> st.sizing)) Fail(where, "need NAME SIZING");
    if (st.sizing == "fixed") { if (!(ss >> st.size)) Fail(where, "fixed needs SIZE"); }
    else if (st.sizing == "bytes" || st.sizing == "count") { if (!(ss >> st.arg >> st.size)) Fail(where, st.sizing + " needs ARG and a number"); }
    else if (st.sizing == "bits" || st.sizing == "pages") { if (!(ss >> st.arg)) Fail(where, st.sizing + " needs ARG"); }
    else Fail(where, "unknown sizing " + st.sizing);
    structs[name] = st;
  });
  std::map<long, Syscall> calls;
  ForEachLine(argv[1], [&](const std::string& where, const std::string& line) {
    std::istringstream ss(line);
    Syscall s;
    std::string classes, word;
    if (!(ss >> s.nr >> s.name >> s.ret >> classes)) Fail(where, "need NR NAME RETURN CLASSES");
    if (!kRets.count(s.ret)) Fail(where, "unknown return kind " + s.ret);
    if (classes != "-") {
      std::istringstream cs(classes);
      while (std::getline(cs, word, ',')) {
        if (!kClassBits.count(word)) Fail(where, "unknown class " + word);
        s.classes.push_back(word);
      }
    }
    while (ss >> word) s.args.push_back(ParseArg(where, word));
    if (s.args.size() > 6) Fail(where, "more than six arguments");
    if (calls.count(s.nr)) Fail(where, "number used twice");
    calls[s.nr] = s;
  });
  for (auto& [nr, s] : calls) {  // resolve length parameters to indices
    for (auto& a : s.args) {
      // A struct array ("count ARG SIZE" in structs.tbl): its count argument, as a buffer's length.
      auto st = a.table.empty() ? structs.end() : structs.find(a.table);
      bool pointed = a.kind == "in" || a.kind == "out" || a.kind == "inout";
      if (a.param.empty() && pointed && st != structs.end() && st->second.sizing == "count") a.param = st->second.arg;
      if (a.param.empty()) continue;
      bool found = false;
      for (size_t i = 0; i < s.args.size(); ++i)
        if (s.args[i].name == a.param) { a.param = std::to_string(i); found = true; }
      if (!found) Fail(s.name, "length argument " + a.param + " not found");
    }
  }

  std::ofstream out(argv[5]);
  out << "// Generated by syscalltable/gen_tables from syscalls.tbl, errnos.tbl, signals.tbl. Do not edit.\n"
      << "#include \"syscalltable/tables.h\"\n\nnamespace lzp::table {\n\n";
  long count = calls.empty() ? 0 : calls.rbegin()->first + 1;
  out << "const int kSyscallCount = " << count << ";\n";
  out << "const SyscallInfo kSyscalls[" << count << "] = {\n";
  for (long nr = 0; nr < count; ++nr) {
    auto it = calls.find(nr);
    if (it == calls.end()) { out << "  {nullptr, RetKind::Int, 0, 0, {}},\n"; continue; }
    const Syscall& s = it->second;
    out << "  {" << Quote(s.name) << ", RetKind::" << kRets.at(s.ret) << ", " << s.args.size() << ", ";
    if (s.classes.empty()) out << "0";
    for (size_t i = 0; i < s.classes.size(); ++i) out << (i ? "|" : "") << kClassBits.at(s.classes[i]);
    out << ", {";
    for (const Arg& a : s.args) {
      out << "{" << Quote(a.name) << ", ArgKind::" << kKinds.at(a.kind) << ", "
          << (a.param.empty() ? "-1" : a.param) << ", " << (a.table.empty() ? "nullptr" : Quote(a.table))
          << ", ArgType::" << a.type << "}, ";
    }
    out << "}},  // " << nr << "\n";
  }
  out << "};\n\n";

  std::vector<std::string> errnos;
  ForEachLine(argv[2], [&](const std::string& where, const std::string& line) {
    std::istringstream ss(line);
    long n; std::string name, message;
    if (!(ss >> n >> name)) Fail(where, "need NUMBER NAME MESSAGE");
    std::getline(ss >> std::ws, message);
    errnos.push_back("  {" + std::to_string(n) + ", " + Quote(name) + ", " + Quote(message) + "},\n");
  });
  out << "const int kErrnoCount = " << errnos.size() << ";\nconst ErrnoInfo kErrnos[] = {\n";
  for (auto& e : errnos) out << e;
  out << "};\n\n";

  std::vector<std::string> signals;
  ForEachLine(argv[3], [&](const std::string& where, const std::string& line) {
    std::istringstream ss(line);
    long n; std::string name;
    if (!(ss >> n >> name)) Fail(where, "need NUMBER NAME");
    signals.push_back("  {" + std::to_string(n) + ", " + Quote(name) + "},\n");
  });
  out << "const int kSignalCount = " << signals.size() << ";\nconst SignalInfo kSignals[] = {\n";
  for (auto& s : signals) out << s;
  out << "};\n\n";

  out << "const int kClassNameCount = " << kClasses.size() << ";\nconst ClassName kClassNames[] = {\n";
  for (auto& c : kClasses) out << "  {" << Quote("%" + c) << ", " << kClassBits.at(c) << "},\n";
  out << "};\n\n";

  // structs.tbl's arrays ("count" sizing) and their element sizes.
  out << "namespace {\nstruct ArrayElement { const char* name; uint32_t size; };\nconst ArrayElement kArrayElements[] = {\n";
  for (auto& [name, st] : structs)
    if (st.sizing == "count") out << "  {" << Quote(name) << ", " << st.size << "},\n";
  out << "};\n}  // namespace\n\n"
      << "uint32_t ArrayElementSize(std::string_view name) {\n"
      << "  for (const ArrayElement& e : kArrayElements)\n    if (name == e.name) return e.size;\n  return 0;\n}\n\n"
      << "}  // namespace lzp::table\n";

  std::ofstream check(argv[6]);
  check << "// Generated by syscalltable/gen_tables. Do not edit.\n";
  for (auto& [nr, s] : calls) check << "{" << Quote(s.name) << ", SYS_" << s.name << "},\n";

  // The interposer's capture table: plain numbers, no strings.
  const std::map<std::string, std::string> kOps = {
      {"path", "kPath"}, {"str", "kString"}, {"ibuf", "kInBuf"}, {"obuf", "kOutBuf"}, {"iov", "kInIovec"},
      {"oiov", "kOutIovec"}, {"in", "kInStruct"}, {"out", "kOutStruct"}, {"inout", "kInOutStruct"}, {"rem", "kRemaining"},
      {"argv", "kArgv"}, {"envp", "kEnvp"}, {"dirents", "kDirentCount"}, {"opath", "kOutPath"}, {"aiov", "kAddrIovec"},
      {"fd", "kFd"}, {"dirfd", "kFd"}, {"ioctlarg", "kIoctlArg"}, {"fcntlarg", "kFcntlArg"}};
  // The kinds whose value is an address (page_zero.cc: a tiny one makes the
  // kernel read page 0, where the zpoline trampoline lives).
  const std::set<std::string> kPointerKinds = {"ptr", "path", "str", "ibuf", "obuf", "iov", "oiov", "in", "out",
                                               "inout", "argv", "envp", "dirents", "opath", "aiov", "rem", "ioctlarg"};
  std::ofstream cap(argv[7]);
  cap << "// Generated by syscalltable/gen_tables from syscalls.tbl and structs.tbl. Do not edit.\n"
      << "#include \"tracer/capture.h\"\n\nnamespace lzp {\n\nconst SyscallCapture kCaptureSpecs[kCaptureTableSize] = {\n";
  for (long nr = 0; nr < count; ++nr) {
    auto found = calls.find(nr);
    bool any = false;
    unsigned pointers = 0;  // bit i: argument i points somewhere (the kernel may follow it)
    if (found != calls.end()) {
      any = found->second.ret == "fd";
      for (size_t i = 0; i < found->second.args.size(); ++i) {
        const Arg& a = found->second.args[i];
        any |= kOps.count(a.kind) != 0;
        if (kPointerKinds.count(a.kind)) pointers |= 1u << i;
      }
      any |= pointers != 0;
    }
    if (!any) { cap << "  {},\n"; continue; }
    const Syscall& sc = found->second;
    cap << "  {{";
    for (size_t i = 0; i < sc.args.size(); ++i) {
      const Arg& a = sc.args[i];
      auto op = kOps.find(a.kind);
      if (op == kOps.end()) { cap << "{}, "; continue; }
      std::string sizing = "kFixed", param = a.param.empty() ? "-1" : a.param;
      long size = 0;
      bool deref = false, wide = false;
      if (a.kind == "in" || a.kind == "out" || a.kind == "inout" || a.kind == "rem") {
        auto st = structs.find(a.table);
        if (st == structs.end()) Fail(sc.name, "struct " + a.table + " is not in structs.tbl");
        size = st->second.size;
        if (st->second.sizing != "fixed") {
          const std::string& how = st->second.sizing;
          sizing = how == "bytes" ? "kBytesFromArg" : how == "count" ? "kCountFromArg" : how == "pages" ? "kPagesFromArg" : "kBitsFromArg";
          param = "-1";
          for (size_t j = 0; j < sc.args.size(); ++j)
            if (sc.args[j].name == st->second.arg) {
              param = std::to_string(j);
              deref = sc.args[j].kind == "inout" || sc.args[j].kind == "out";
              const std::string& k = sc.args[j].kind;  // a size_t or long count is read whole by the kernel
              wide = k == "size" || k == "ssize" || k == "long" || k == "ulong" || k == "off";
            }
          if (param == "-1") Fail(sc.name, "no argument " + st->second.arg + " to size " + a.table);
        }
      }
      cap << "{CaptureOp::" << op->second << ", " << param << ", Sizing::" << sizing << ", " << (deref ? 1 : 0)
          << ", " << size << ", " << (wide ? 1 : 0) << "}, ";
    }
    cap << "}, " << (sc.ret == "fd" ? 1 : 0) << ", " << pointers << "},  // " << sc.name << "\n";
  }
  cap << "};\n\n}  // namespace lzp\n";
  return 0;
}
