// tests/fuzz/options_fuzz.cc — libFuzzer target for the command line parser
// (cli/options/options.cc, and through -e the filter parser): the input, split at
// NUL bytes, is argv after "lzptrace". Refusals print strace's messages to
// stderr (run with -close_fd_mask=2 to keep them quiet); a refusal must set
// exit code 1, and -h/-V exit code 0.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options/options.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> args{"lzptrace"};
  std::string current;
  for (size_t i = 0; i < size && args.size() < 64; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current += char(data[i]);
    }
  }
  if (!current.empty()) args.push_back(current);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  lzp::cli::Options options;
  int exit_code = -1;
  bool ok = lzp::cli::ParseOptions(int(args.size()), argv.data(), &options, &exit_code);
  if (!ok && exit_code != 0 && exit_code != 1) std::abort();
  return 0;
}
