// cli/filter/expression.h — --filter's expression, parsed (parser.cc).
//
// The grammar (docs/filter.md):
//   or      := and { "||" and }
//   and     := unary { "&&" unary }
//   unary   := "!" unary | "(" or ")" | test
//   test    := FIELD OP VALUE | NAME | %CLASS
//   OP      := == != < <= > >= & ~
//   VALUE   := NUMBER [UNIT] | -NUMBER | "STRING" | %CLASS | IDENTIFIER
// A bare NAME is `name == NAME`, a bare %CLASS is `class == %CLASS`. What a
// field and a value mean is the compiler's business (compiler.cc); the parser
// only keeps where each came from, so that every error names its column.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace lzp::cli::filter {

struct Value {
  enum Kind { kNumber, kDuration, kString, kClass, kIdentifier } kind = kNumber;
  int64_t number = 0;  // kNumber (a 64-bit pattern: hex up to 0xffffffffffffffff), kDuration (ns)
  std::string text;    // kString (unescaped), kClass (with its '%'), kIdentifier
  int column = 0;
};

struct Node {
  enum Kind { kAnd, kOr, kNot, kTest } kind = kTest;
  std::unique_ptr<Node> left, right;  // kAnd, kOr: both; kNot: left
  // kTest:
  std::string field;
  int field_column = 0;
  std::string op;  // "==", "!=", "<", "<=", ">", ">=", "&", "~"
  int op_column = 0;
  Value value;
};

inline constexpr int kMaxNesting = 24;  // parentheses and '!' deep
inline constexpr int kMaxTests = 60;    // comparisons in one expression

// The expression's tree, or null with *error ("column N: ...").
std::unique_ptr<Node> Parse(std::string_view text, std::string* error);

}  // namespace lzp::cli::filter
