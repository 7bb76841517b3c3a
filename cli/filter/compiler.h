// cli/filter/compiler.h — --filter's expression (expression.h) turned into
// the postfix program the tracees and the CLI evaluate (tracer/filter_eval.h).
//
// Names become numbers here: syscall names their numbers, `name ~ GLOB` and
// `class == %CLASS` bit sets of syscalls, a named argument ("fd", "path",
// "count") a map from each syscall to where its signature has that argument
// and with which type, constants ("ENOENT", "O_CREAT", "AT_FDCWD") their
// values, durations nanoseconds. String tests keep their pattern in the CLI
// (`patterns`); the tracee only learns which argument they look at.
#pragma once

#include <bitset>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tracer/protocol.h"

namespace lzp::cli::filter {

struct CompiledFilter {
  proto::FilterProgram program{};
  std::vector<std::string> patterns;  // by FilterInsn::aux
  std::bitset<512> possible;          // syscalls the predicate can accept at all
  int string_test_column = 0;         // the first test of a captured string (1-based), 0 if none
};

// The program for `text`, or null with *error ("column N: ...").
std::unique_ptr<CompiledFilter> Compile(std::string_view text, std::string* error);

}  // namespace lzp::cli::filter
