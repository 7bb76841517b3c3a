// bench/bench.cc — lzptrace's benchmark harness (run it with bench/run.sh).
//
// For each workload it runs the untraced program and every tracing
// configuration in turn, repeating the round, so that native and traced
// runs alternate under the same machine conditions. A figure is the median
// ratio traced/native over the rounds, with its spread (min-max). Micro
// workloads report their own ns per call (bench/syscall_loop); macro
// workloads are timed as whole commands. The result is a markdown table,
// written to --out with the machine, kernel and date.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Config {
  std::string label;
  std::vector<std::string> prefix;  // prepended to the workload's command
  bool strace = false;
};

struct Workload {
  std::string label;
  std::vector<std::string> command;
  bool micro;        // prints "KIND ns_per_call"
  bool slow_strace;  // strace runs it once per round at most, with 1/20 of the calls (micro)
};

std::string g_lzptrace, g_loop, g_tmp;
std::string g_static_loop;  // the same loop linked -static (--static: cli/injector/ starts the interposer in it)
std::string g_go_loop_cgo, g_go_loop_static;  // bench/go_loop.go with cgo (dynamic) and without (static), for --static
std::string g_before;  // --startup --before PATH: an older lzptrace, for a before/after column
double g_last_cpu_seconds = 0;  // the last Run's user + system time, its waited-for descendants included
int g_rounds = 3;
bool g_cpu_time = false;  // macro workloads: CPU seconds (user + system) instead of wall seconds

// Runs argv with stdout captured; returns (wall or CPU seconds, stdout).
std::pair<double, std::string> Run(const std::vector<std::string>& argv) {
  int out[2];
  if (pipe(out) != 0) std::abort();
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    int devnull = open("/dev/null", 1);
    dup2(devnull, 2);
    close(out[0]);
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = read(out[0], buf, sizeof(buf))) > 0) text.append(buf, n);
  close(out[0]);
  int status;
  struct rusage usage = {};
  wait4(pid, &status, 0, &usage);
  g_last_cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (g_cpu_time)  // the whole tree's (a child's figures include the descendants it reaped)
    seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  return {seconds, text};
}

// The cost of one run of a workload: ns per call (micro) or seconds (macro).
// Under strace, slow micro workloads make 1/20 of the calls: the figure is
// per call, and strace would otherwise take minutes.
double Measure(const Workload& w, const Config& c) {
  std::vector<std::string> argv = c.prefix;
  argv.insert(argv.end(), w.command.begin(), w.command.end());
  if (c.strace && w.micro && w.slow_strace) {
    std::string& calls = argv[c.prefix.size() + 2];
    calls = std::to_string(std::max(1000L, std::atol(calls.c_str()) / 20));
  }
  auto [seconds, out] = Run(argv);
  if (!w.micro) return seconds;
  // syscall_loop prints "KIND NS"; take the last such line.
  double ns = -1;
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream f(line);
    std::string kind;
    double v;
    if (f >> kind >> v) ns = v;
  }
  return ns;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

std::string Cell(const std::vector<double>& ratios) {
  if (ratios.empty()) return "—";
  auto [lo, hi] = std::minmax_element(ratios.begin(), ratios.end());
  char text[64];
  std::snprintf(text, sizeof(text), "%.2fx (%.2f–%.2f)", Median(ratios), *lo, *hi);
  return text;
}

std::string Machine() {
  struct utsname u;
  uname(&u);
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line, model = "unknown CPU";
  while (std::getline(cpuinfo, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  char date[64];
  std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof(date), "%Y-%m-%d", std::gmtime(&now));
  return std::string("Machine: ") + model + ", " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " cores; kernel " +
         u.release + "; " + date + ".";
}

// Runs every workload under every config, alternating within each round,
// and returns the markdown table: median ratio to native, with the range.
std::string Table(const std::vector<Workload>& workloads, const std::vector<Config>& configs) {
  // ratios[workload][config] over the rounds; native absolute values too.
  std::map<std::string, std::map<std::string, std::vector<double>>> ratios;
  std::map<std::string, std::vector<double>> native_values;
  for (const Workload& w : workloads) {
    std::fprintf(stderr, "bench: %s\n", w.label.c_str());
    for (size_t c = 0; c < configs.size(); ++c)  // warm-up: caches, page cache, lazy binding
      if (!configs[c].strace) Measure(w, configs[c]);
    for (int round = 0; round < g_rounds; ++round) {
      double native = Measure(w, configs[0]);
      native_values[w.label].push_back(native);
      for (size_t c = 1; c < configs.size(); ++c) {
        if (configs[c].strace && !w.micro && w.slow_strace && round >= 2) continue;  // slow under strace: 2 rounds
        double v = Measure(w, configs[c]);
        if (v > 0 && native > 0) ratios[w.label][configs[c].label].push_back(v / native);
      }
    }
  }
  std::ostringstream md;
  md << "| workload | native |";
  for (size_t c = 1; c < configs.size(); ++c) md << " " << configs[c].label << " |";
  md << "\n|---|---|";
  for (size_t c = 1; c < configs.size(); ++c) md << "---|";
  md << "\n";
  for (const Workload& w : workloads) {
    char native[64];
    double med = Median(native_values[w.label]);
    if (w.micro) std::snprintf(native, sizeof(native), "%.0f ns", med);
    else std::snprintf(native, sizeof(native), "%.3f s", med);
    md << "| " << w.label << " | " << native << " |";
    for (size_t c = 1; c < configs.size(); ++c) md << " " << Cell(ratios[w.label][configs[c].label]) << " |";
    md << "\n";
  }
  return md.str();
}

// --startup: what a process's start costs, where processes are many and
// short (the ptrace companion's stops, the SIGSYS of first-met sites), with
// and without the companion and eager rewriting; printed, for
// docs/performance.md's section on the companion. Then each configuration's
// SIGSYS count for one /bin/true after a warm-up process (lzptrace --stats).
void StartupTable(const std::string& work, bool quick) {
  const std::string L = g_lzptrace;
  std::vector<Config> configs = {
      {"native", {}},
      {"lzptrace", {L, "-f", "-o", "/dev/null"}},
      {"before", {g_before, "-f", "-o", "/dev/null"}},
      {"--no-eager-rewrite", {L, "-f", "--no-eager-rewrite", "-o", "/dev/null"}},
      {"--no-ptrace", {L, "-f", "--no-ptrace", "-o", "/dev/null"}},
      {"--no-ptrace --no-eager-rewrite", {L, "-f", "--no-ptrace", "--no-eager-rewrite", "-o", "/dev/null"}},
      {"before --no-ptrace", {g_before, "-f", "--no-ptrace", "-o", "/dev/null"}},
      {"strace -f", {"strace", "-f", "-o", "/dev/null"}, true},
  };
  if (g_before.empty())
    configs.erase(std::remove_if(configs.begin(), configs.end(),
                                 [](const Config& c) { return c.label.rfind("before", 0) == 0; }),
                  configs.end());
  const std::string n = quick ? "50" : "200";
  const std::string loop = "i=0; while [ $i -lt " + n + " ]; do /bin/true; i=$((i+1)); done";
  std::vector<Workload> workloads = {
      {n + " x fork+exec /bin/true from sh", {"sh", "-c", loop}, false, false},
      {"/bin/true (one start-up)", {"/bin/true"}, false, false},
      {"sh -c true", {"sh", "-c", "true"}, false, false},
      {"git status (2400 files)", {"git", "-C", work + "/repo", "status", "--short"}, false, false},
      {"make -j1 of 20 empty targets", {"make", "-s", "-f", work + "/Makefile", "-j1"}, false, false},
  };
  std::string table = Table(workloads, configs);
  std::printf("Wall time:\n\n%s\n", table.c_str());
  g_cpu_time = true;
  table = Table(workloads, configs);
  std::printf("CPU time (user + system, the whole process tree):\n\n%s\n", table.c_str());
  std::string stats_file = g_tmp + ".stats";
  for (const char* eager : {"", "--no-eager-rewrite"})
    for (const char* mode : {"--mode=hybrid", "--mode=sud"}) {
      std::string command = L + " " + mode + " " + eager + " --stats -f -o /dev/null sh -c '/bin/true; /bin/true' 2> " + stats_file;
      std::system(command.c_str());
      std::ifstream stats(stats_file);
      std::string line;
      std::getline(stats, line);
      std::printf("%s %s, sh -c '/bin/true; /bin/true': %s\n", mode, eager, line.c_str());
    }
  std::remove(stats_file.c_str());
}

// --filter: a predicate that rejects every call of a getppid loop, beside
// the -e trace= name filter that does, and native, alternating in each
// round. Three predicates: one the CLI decides from the syscall number
// alone ('fd == 3': getppid has no fd, so it leaves the trace bitmap as
// with -e trace=), one the interposer decides at entry from the arguments,
// and one it must evaluate after every call ('getppid && ret < 0': getppid
// never fails), which pays the entry's bookkeeping of a shown call.
std::string PredicateTable(const std::string& calls) {
  const std::string L = g_lzptrace;
  std::vector<Config> configs = {
      {"native", {}},
      {"-e trace=openat", {L, "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"--filter 'fd == 3'", {L, "-f", "--filter", "fd == 3", "-o", "/dev/null"}},
      {"--filter 'getppid && arg0 == -12345'", {L, "-f", "--filter", "getppid && arg0 == -12345", "-o", "/dev/null"}},
      {"--filter 'getppid && ret < 0'", {L, "-f", "--filter", "getppid && ret < 0", "-o", "/dev/null"}},
      {"SUD-only -e trace=openat", {L, "--mode=sud", "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"SUD-only --filter 'getppid && ret < 0'", {L, "--mode=sud", "-f", "--filter", "getppid && ret < 0", "-o", "/dev/null"}},
  };
  if (!g_before.empty())  // --before PATH: the result test with an older lzptrace, in the same rounds
    configs.push_back({"--filter 'getppid && ret < 0', before", {g_before, "-f", "--filter", "getppid && ret < 0", "-o", "/dev/null"}});
  const Workload w{"getppid loop (ns/call)", {g_loop, "getppid", calls}, true, true};
  std::map<std::string, std::vector<double>> ratios;
  // Each configuration's least CPU time (tracee and lzptrace) per call: on a
  // loaded machine wall time counts other programs' time slices, CPU time
  // does not.
  std::map<std::string, double> best;
  std::vector<double> native_values;
  for (const Config& c : configs) Measure(w, c);  // warm-up
  const int rounds = std::max(g_rounds, 5);
  for (int round = 0; round < rounds; ++round) {
    double native = Measure(w, configs[0]);
    native_values.push_back(native);
    double cpu = g_last_cpu_seconds * 1e9 / std::atof(calls.c_str());
    best[configs[0].label] = round == 0 ? cpu : std::min(best[configs[0].label], cpu);
    for (size_t c = 1; c < configs.size(); ++c) {
      double v = Measure(w, configs[c]);
      if (v > 0 && native > 0) ratios[configs[c].label].push_back(v / native);
      cpu = g_last_cpu_seconds * 1e9 / std::atof(calls.c_str());
      best[configs[c].label] = round == 0 ? cpu : std::min(best[configs[c].label], cpu);
    }
  }
  std::ostringstream md;
  md << "\n--filter rejecting every call of the getppid loop (" << calls << " calls, median of " << rounds
     << " alternating rounds, ratio to native):\n\n| workload | native |";
  for (size_t c = 1; c < configs.size(); ++c) md << " " << configs[c].label << " |";
  md << "\n|---|---|";
  for (size_t c = 1; c < configs.size(); ++c) md << "---|";
  char native[64];
  std::snprintf(native, sizeof(native), "%.0f ns", Median(native_values));
  md << "\n| " << w.label << " | " << native << " |";
  for (size_t c = 1; c < configs.size(); ++c) md << " " << Cell(ratios[configs[c].label]) << " |";
  std::snprintf(native, sizeof(native), "%.0f ns", best["native"]);
  md << "\n| least CPU time per call | " << native << " |";
  for (size_t c = 1; c < configs.size(); ++c) {
    char cell[64];
    const std::string& name_filter = c < 5 || c > 6 ? configs[1].label : configs[5].label;  // the same mode's -e trace=
    std::snprintf(cell, sizeof(cell), "%.0f ns, %.2fx (%.3fx of -e trace=)", best[configs[c].label],
                  best[configs[c].label] / best["native"], best[configs[c].label] / best[name_filter]);
    md << " " << cell << " |";
  }
  md << "\n";
  return md.str();
}

// --handler: an allow-everything handler (examples/allow_all.c, which every
// syscall reaches and which lets it run) against the same trace without
// it, on the getppid loop: with the full trace, and with -e trace=openat
// (nothing recorded: the handler's cost alone shows). Each configuration's
// least CPU time per call over alternating rounds; the cost is the
// difference from the same configuration without the handler.
std::string HandlerTable(const std::string& calls, const std::string& handler) {
  const std::string L = g_lzptrace, H = "--handler=" + handler;
  const std::vector<Config> configs = {
      {"native", {}},
      {"-o /dev/null", {L, "-f", "-o", "/dev/null"}},
      {"-o /dev/null --handler", {L, "-f", H, "-o", "/dev/null"}},
      {"-e trace=openat", {L, "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"-e trace=openat --handler", {L, "-f", H, "-e", "trace=openat", "-o", "/dev/null"}},
      {"SUD-only -e trace=openat", {L, "--mode=sud", "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"SUD-only -e trace=openat --handler", {L, "--mode=sud", "-f", H, "-e", "trace=openat", "-o", "/dev/null"}},
  };
  const Workload w{"getppid loop (ns/call)", {g_loop, "getppid", calls}, true, true};
  std::map<std::string, double> best;
  for (const Config& c : configs) Measure(w, c);  // warm-up
  const int rounds = std::max(g_rounds, 5);
  for (int round = 0; round < rounds; ++round)
    for (const Config& c : configs) {
      Measure(w, c);
      double cpu = g_last_cpu_seconds * 1e9 / std::atof(calls.c_str());
      best[c.label] = round == 0 ? cpu : std::min(best[c.label], cpu);
    }
  std::ostringstream md;
  md << "\n--handler with an allow-everything handler (examples/allow_all.c) on the getppid loop (" << calls
     << " calls; least CPU time per call, tracee and lzptrace, over " << rounds << " alternating rounds):\n\n"
     << "| configuration | without handler | with handler | handler's cost |\n|---|---|---|---|\n";
  char cell[160];
  std::snprintf(cell, sizeof(cell), "| native | %.1f ns | | |\n", best["native"]);
  md << cell;
  for (size_t c = 1; c + 1 < configs.size(); c += 2) {
    double without = best[configs[c].label], with = best[configs[c + 1].label];
    std::snprintf(cell, sizeof(cell), "| %s | %.1f ns | %.1f ns | %+.1f ns |\n", configs[c].label.c_str(), without, with,
                  with - without);
    md << cell;
  }
  return md.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path = "docs/performance.md";
  bool quick = false;
  bool startup = false;  // --startup: only the start-up and exec-heavy table, printed (see StartupTable)
  bool predicates_only = false;  // only the --filter table, to stdout
  bool output_formats = false;  // only the cost of --json, --perfetto and --color, to stdout
  std::string handler;  // --handler LIB: only the cost of an allow-everything handler, to stdout
  bool static_only = false;  // only the static-against-dynamic loop table, to stdout
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--lzptrace" && i + 1 < argc) g_lzptrace = argv[++i];
    else if (a == "--loop" && i + 1 < argc) g_loop = argv[++i];
    else if (a == "--rounds" && i + 1 < argc) g_rounds = std::atoi(argv[++i]);
    else if (a == "--quick") quick = true;
    else if (a == "--startup") startup = true;
    else if (a == "--before" && i + 1 < argc) g_before = argv[++i];
    else if (a == "--predicates") predicates_only = true;
    else if (a == "--output-formats") output_formats = true;
    else if (a == "--handler" && i + 1 < argc) handler = argv[++i];
    else if (a == "--static") static_only = true;
    else if (a == "--static-loop" && i + 1 < argc) g_static_loop = argv[++i];
    else if (a == "--go-loops" && i + 2 < argc) g_go_loop_cgo = argv[++i], g_go_loop_static = argv[++i];
  }
  if (g_lzptrace.empty() || g_loop.empty()) {
    std::fprintf(stderr, "usage: bench --lzptrace PATH --loop PATH [--out FILE] [--rounds N] [--quick] [--startup [--before PATH]] [--predicates] [--output-formats] [--static --static-loop PATH [--go-loops CGO_PATH STATIC_PATH]] [--handler LIB]\n");
    return 2;
  }
  if (!handler.empty()) {
    std::fputs(HandlerTable(quick ? "200000" : "1000000", handler).c_str(), stdout);
    return 0;
  }
  if (predicates_only) {
    std::fputs(PredicateTable(quick ? "200000" : "1000000").c_str(), stdout);
    return 0;
  }
  g_tmp = "/dev/shm/lzptrace-bench-" + std::to_string(getpid());
  std::string trace_file = g_tmp + ".trace";
  std::string work = g_tmp + ".work";
  std::system(("mkdir -p " + work).c_str());
  // A source file of ~100 lines for g++, a git repository of a few thousand files.
  {
    std::ofstream src(work + "/unit.cc");
    src << "#include <vector>\n#include <string>\n#include <map>\n";
    for (int i = 0; i < 30; ++i)
      src << "int f" << i << "(const std::vector<int>& v) {\n  std::map<int, std::string> m;\n  for (int x : v) m[x] = std::to_string(x);\n  return static_cast<int>(m.size());\n}\n";
  }
  {
    std::ofstream make(work + "/Makefile");
    make << "all:";
    for (int i = 0; i < 20; ++i) make << " t" << i;
    make << "\n";
    for (int i = 0; i < 20; ++i) make << "t" << i << ":\n\t@true\n";
  }
  std::system(("cd " + work + " && git init -q repo && cd repo && for d in $(seq 1 40); do mkdir d$d; "
               "for f in $(seq 1 60); do echo $d$f > d$d/f$f; done; done && git add -A && "
               "git -c user.email=b@b -c user.name=b commit -qm init").c_str());

  const std::string L = g_lzptrace;
  if (startup) {
    StartupTable(work, quick);
    std::system(("rm -rf " + work).c_str());
    return 0;
  }
  std::vector<Config> configs = {
      {"native", {}},
      {"lzptrace -o /dev/null", {L, "-f", "-o", "/dev/null"}},
      {"lzptrace -o FILE (tmpfs)", {L, "-f", "-o", trace_file}},
      {"lzptrace -c", {L, "-f", "-c", "-o", "/dev/null"}},
      {"lzptrace --record=FILE (tmpfs)", {L, "-f", "--record=" + g_tmp + ".lzp"}},
      {"lzptrace -e trace=openat", {L, "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"SUD-only -o /dev/null", {L, "--mode=sud", "-f", "-o", "/dev/null"}},
      {"SUD-only -c", {L, "--mode=sud", "-f", "-c", "-o", "/dev/null"}},
      {"SUD-only -e trace=openat", {L, "--mode=sud", "-f", "-e", "trace=openat", "-o", "/dev/null"}},
      {"strace -o /dev/null", {"strace", "-f", "-o", "/dev/null"}, true},
      {"strace -c", {"strace", "-f", "-c", "-o", "/dev/null"}, true},
      {"strace --seccomp-bpf -e trace=openat", {"strace", "-f", "--seccomp-bpf", "-e", "trace=openat", "-o", "/dev/null"}, true},
  };
  const std::string N = quick ? "200000" : "1000000";
  std::vector<Workload> workloads = {
      {"getppid loop (ns/call)", {g_loop, "getppid", N}, true, true},
      {"read 64 B from /dev/zero", {g_loop, "read64", N}, true, true},
      {"pread 64 B", {g_loop, "pread", N}, true, true},
      {"openat + close", {g_loop, "openclose", quick ? "20000" : "200000"}, true, true},
      {"vDSO clock_gettime", {g_loop, "clock_gettime", N}, true, false},
      {"getppid, 1 thread", {g_loop, "getppid", N, "1"}, true, true},
      {"getppid, 2 threads", {g_loop, "getppid", N, "2"}, true, true},
      {"getppid, 4 threads", {g_loop, "getppid", N, "4"}, true, true},
      {"getppid, 8 threads", {g_loop, "getppid", N, "8"}, true, true},
      {"tar cf - /usr/include", {"sh", "-c", "tar cf - /usr/include > /dev/null"}, false, true},
      {"find /usr/lib -name '*.so*' | wc -l", {"sh", "-c", "find /usr/lib -name '*.so*' | wc -l"}, false, true},
      {"python3: 200000 os.stat", {"python3", "-c", "import os\nfor _ in range(200000): os.stat('/')"}, false, true},
      {"g++ -O2 -c (100 lines)", {"g++", "-O2", "-c", work + "/unit.cc", "-o", work + "/unit.o"}, false, false},
      {"git status (2400 files)", {"git", "-C", work + "/repo", "status", "--short"}, false, false},
  };

  if (static_only && !g_static_loop.empty()) {  // a static program against the same loop linked dynamically
    configs = {configs[0], configs[1], configs[3], configs[6], configs[9]};
    workloads = {workloads[0],
                 {"getppid loop, static (ns/call)", {g_static_loop, "getppid", N}, true, true},
                 workloads[1],
                 {"read 64 B, static", {g_static_loop, "read64", N}, true, true}};
    if (!g_go_loop_cgo.empty()) {  // Go's own syscall path, dynamic (cgo) against static
      workloads.push_back({"getppid loop, Go with cgo (dynamic)", {g_go_loop_cgo, "getppid", N}, true, true});
      workloads.push_back({"getppid loop, Go static", {g_go_loop_static, "getppid", N}, true, true});
    }
    std::fputs(Table(workloads, configs).c_str(), stdout);
    std::system(("rm -rf " + work + " " + trace_file).c_str());
    return 0;
  }

  if (output_formats) {  // the output sinks (docs/json.md) against the text, on the micro loops
    configs = {configs[0], configs[1],
               {"lzptrace --json -o /dev/null", {L, "-f", "--json", "-o", "/dev/null"}},
               {"lzptrace --perfetto=FILE -o /dev/null", {L, "-f", "--perfetto=" + trace_file, "-o", "/dev/null"}},
               {"lzptrace --color=always -o /dev/null", {L, "-f", "--color=always", "-o", "/dev/null"}},
               configs[9]};
    workloads = {workloads[0], workloads[3]};
    std::fputs(Table(workloads, configs).c_str(), stdout);
    std::system(("rm -rf " + work + " " + trace_file).c_str());
    return 0;
  }

  std::ostringstream md;
  md << "# lzptrace performance\n\n"
     << "Generated by `bench/run.sh` (bench/bench.cc). " << Machine() << "\n\n"
     << "Each cell: median ratio of traced to untraced cost over " << g_rounds
     << " rounds after a warm-up round, with the range. Untraced and traced runs alternate within each round. "
     << "Micro workloads (bench/syscall_loop) report ns per call (under strace they make 1/20 of the calls); "
     << "macro workloads are timed as whole commands (under strace, 2 rounds). lzptrace runs with -f; "
     << "\"SUD-only\" is --mode=sud. lzptrace records the vDSO calls (strace cannot see them).\n\n";
  md << Table(workloads, configs);
  md << PredicateTable(N);
  // The CLI on its own: a long full trace of a loop (bounded memory).
  std::string stats_file = g_tmp + ".stats";
  std::string events = quick ? "2000000" : "100000000";
  std::system((L + " --stats -o /dev/null " + g_loop + " getppid " + events + " > /dev/null 2> " + stats_file).c_str());
  std::ifstream stats(stats_file);
  std::string stats_line;
  std::getline(stats, stats_line);
  md << "\nCLI on its own (`lzptrace --stats -o /dev/null syscall_loop getppid " << events << "`): " << stats_line << "\n";
  // Keep what follows the generated part (the analysis written by hand).
  std::string rest;
  {
    std::ifstream previous(out_path);
    std::stringstream old;
    old << previous.rdbuf();
    std::string text = old.str();
    size_t marker = text.find("<!-- end of generated part -->");
    if (marker != std::string::npos) rest = text.substr(marker);
  }
  if (rest.empty()) rest = "<!-- end of generated part -->\n";
  std::ofstream(out_path) << md.str() << "\n" << rest;
  std::fputs(md.str().c_str(), stdout);
  std::system(("rm -rf " + work + " " + trace_file + " " + stats_file + " " + g_tmp + ".lzp").c_str());
  return 0;
}
