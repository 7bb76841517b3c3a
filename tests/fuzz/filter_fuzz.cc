// tests/fuzz/filter_fuzz.cc — libFuzzer target for the -e expression parser
// (cli/options/filter.cc): the input, split at newlines, is a list of -e expressions
// applied in order to one Filters, as repeated -e options are. A refused
// expression must come with a message.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/options/filter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  lzp::cli::Filters filters;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view expression = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    std::string error;
    if (!lzp::cli::ApplyExpression(expression, &filters, &error) && error.empty()) std::abort();
  }
  return 0;
}
