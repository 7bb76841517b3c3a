// cli/filter/parser.cc — --filter's lexer and recursive-descent parser
// (grammar in expression.h). The lexer cuts the text into tokens with their
// 1-based columns; the parser descends at most kMaxNesting levels, so a
// hostile expression cannot exhaust the stack, and checks every number for
// overflow.
#include <cctype>
#include <vector>

#include "cli/filter/expression.h"

namespace lzp::cli::filter {
namespace {

struct Token {
  enum Kind { kEnd, kIdentifier, kNumber, kDuration, kString, kClass, kOperator, kOpen, kClose, kNot, kAnd, kOr } kind;
  std::string text;  // identifier, string, class, operator; for errors: as written
  int64_t number = 0;
  int column = 0;
};

std::string Fail(int column, const std::string& what) { return "column " + std::to_string(column) + ": " + what; }

bool IsIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A number with an optional unit right after it ("1ms", "0x1f", "2.5us").
bool LexNumber(std::string_view s, size_t* i, Token* t, std::string* error) {
  size_t start = *i;
  unsigned __int128 value = 0;
  bool hex = s.size() > *i + 1 && s[*i] == '0' && (s[*i + 1] == 'x' || s[*i + 1] == 'X');
  if (hex) *i += 2;
  size_t digits = *i;
  while (*i < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[*i])) : std::isdigit(static_cast<unsigned char>(s[*i])))) {
    int d = std::isdigit(static_cast<unsigned char>(s[*i])) ? s[*i] - '0' : (std::tolower(s[*i]) - 'a' + 10);
    value = value * (hex ? 16 : 10) + d;
    if (value > UINT64_MAX) return *error = Fail(int(start) + 1, "number too large (the limit is 2^64-1)"), false;
    ++*i;
  }
  if (*i == digits) return *error = Fail(int(start) + 1, "expected hex digits after '0x'"), false;
  // A fraction, only before a unit: "1.5ms".
  unsigned __int128 fraction = 0, scale = 1;
  if (!hex && *i < s.size() && s[*i] == '.') {
    ++*i;
    while (*i < s.size() && std::isdigit(static_cast<unsigned char>(s[*i]))) {
      if (scale < 1000000000000ull) fraction = fraction * 10 + (s[*i] - '0'), scale *= 10;
      ++*i;
    }
  }
  size_t unit_start = *i;
  while (*i < s.size() && IsIdentifierChar(s[*i])) ++*i;
  std::string_view unit = s.substr(unit_start, *i - unit_start);
  t->column = int(start) + 1;
  if (unit.empty()) {
    if (scale != 1) return *error = Fail(t->column, "a fraction needs a unit (ns, us, ms, s)"), false;
    t->kind = Token::kNumber;
    t->number = static_cast<int64_t>(static_cast<uint64_t>(value));
    return true;
  }
  uint64_t ns_per = unit == "ns" ? 1 : unit == "us" ? 1000 : unit == "ms" ? 1000000 : unit == "s" ? 1000000000 : 0;
  if (hex || ns_per == 0)
    return *error = Fail(int(unit_start) + 1, "unknown unit '" + std::string(unit) + "' (expected ns, us, ms or s)"), false;
  unsigned __int128 ns = value * ns_per + fraction * ns_per / scale;
  if (ns > INT64_MAX) return *error = Fail(t->column, "duration too large"), false;
  t->kind = Token::kDuration;
  t->number = static_cast<int64_t>(ns);
  return true;
}

bool LexString(std::string_view s, size_t* i, Token* t, std::string* error) {
  t->kind = Token::kString;
  t->column = int(*i) + 1;
  for (++*i; *i < s.size(); ++*i) {
    char c = s[*i];
    if (c == '"') {
      ++*i;
      return true;
    }
    if (c == '\\') {
      if (*i + 1 >= s.size()) break;
      c = s[++*i];
      if (c == 'n') c = '\n';
      else if (c == 't') c = '\t';
      else if (c != '\\' && c != '"') return *error = Fail(int(*i), std::string("unknown escape '\\") + c + "'"), false;
    }
    t->text += c;
  }
  return *error = Fail(t->column, "unterminated string"), false;
}

bool Lex(std::string_view s, std::vector<Token>* out, std::string* error) {
  static const char* const kOperators[] = {"&&", "||", "==", "!=", "<=", ">=", "<", ">", "~", "&", "!", "(", ")"};
  size_t i = 0;
  while (true) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    Token t{};
    t.column = int(i) + 1;
    if (i == s.size()) {
      t.kind = Token::kEnd;
      out->push_back(t);
      return true;
    }
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (!LexNumber(s, &i, &t, error)) return false;
    } else if (c == '"') {
      if (!LexString(s, &i, &t, error)) return false;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '%') {
      size_t start = i++;
      if (c == '%' && i < s.size() && s[i] == '%') ++i;  // %%stat
      while (i < s.size() && IsIdentifierChar(s[i])) ++i;
      t.text = std::string(s.substr(start, i - start));
      t.kind = c == '%' ? Token::kClass : Token::kIdentifier;
      if (t.text == "%" || t.text == "%%") return *error = Fail(t.column, "expected a class name after '%'"), false;
    } else {
      bool found = false;
      for (const char* op : kOperators) {
        std::string_view o(op);
        if (s.substr(i, o.size()) != o) continue;
        t.text = std::string(o);
        t.kind = o == "&&" ? Token::kAnd : o == "||" ? Token::kOr : o == "!" ? Token::kNot
                 : o == "(" ? Token::kOpen : o == ")" ? Token::kClose : Token::kOperator;
        i += o.size();
        found = true;
        break;
      }
      if (!found && c == '-') {  // a negative number
        ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
          return *error = Fail(t.column, "expected a number after '-'"), false;
        if (!LexNumber(s, &i, &t, error)) return false;
        t.column -= 1;
        if (t.kind == Token::kDuration) return *error = Fail(t.column, "a duration cannot be negative"), false;
        if (static_cast<uint64_t>(t.number) > uint64_t{1} << 63) return *error = Fail(t.column, "number too small (the limit is -2^63)"), false;
        t.number = static_cast<int64_t>(0 - static_cast<uint64_t>(t.number));
        found = true;
      }
      if (!found) return *error = Fail(t.column, std::string("unexpected character '") + c + "'"), false;
    }
    out->push_back(t);
  }
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  std::unique_ptr<Node> Whole(std::string* error) {
    auto node = Or(0);
    if (node && Peek().kind != Token::kEnd) {
      error_ = Fail(Peek().column, Peek().kind == Token::kClose ? "unbalanced ')'"
                                                                  : "expected '&&', '||' or the end, found " + Describe(Peek()));
      node.reset();
    }
    if (!node) *error = error_;
    return node;
  }

 private:
  const Token& Peek() const { return tokens_[at_]; }
  const Token& Take() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }

  static std::string Describe(const Token& t) {
    switch (t.kind) {
      case Token::kEnd: return "the end";
      case Token::kNumber: case Token::kDuration: return "a number";
      case Token::kString: return "a string";
      default: return "'" + t.text + "'";
    }
  }

  std::unique_ptr<Node> Binary(Node::Kind kind, int column, std::unique_ptr<Node> left, std::unique_ptr<Node> right) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->op_column = column;
    n->left = std::move(left);
    n->right = std::move(right);
    return n;
  }

  // `a || b || c` and `a && b && c`, left to right: `||` binds least.
  std::unique_ptr<Node> Or(int depth) { return Chain(depth, Token::kOr); }
  std::unique_ptr<Node> And(int depth) { return Chain(depth, Token::kAnd); }

  std::unique_ptr<Node> Chain(int depth, Token::Kind op) {
    auto operand = [&] { return op == Token::kOr ? And(depth) : Unary(depth); };
    auto left = operand();
    while (left && Peek().kind == op) {
      int column = Take().column;
      auto right = operand();
      if (!right) return nullptr;
      left = Binary(op == Token::kOr ? Node::kOr : Node::kAnd, column, std::move(left), std::move(right));
    }
    return left;
  }

  std::unique_ptr<Node> Unary(int depth) {
    const Token& t = Peek();
    if ((t.kind == Token::kNot || t.kind == Token::kOpen) && depth >= kMaxNesting) {
      error_ = Fail(t.column, "nested more than " + std::to_string(kMaxNesting) + " deep");
      return nullptr;
    }
    if (t.kind == Token::kNot) {
      int column = Take().column;
      auto operand = Unary(depth + 1);
      if (!operand) return nullptr;
      auto n = std::make_unique<Node>();
      n->kind = Node::kNot;
      n->op_column = column;
      n->left = std::move(operand);
      return n;
    }
    if (t.kind == Token::kOpen) {
      int column = t.column;
      Take();
      auto inner = Or(depth + 1);
      if (!inner) return nullptr;
      if (Peek().kind != Token::kClose) {
        error_ = Fail(Peek().column, "expected ')' to close the '(' at column " + std::to_string(column) + ", found " +
                                         Describe(Peek()));
        return nullptr;
      }
      Take();
      return inner;
    }
    return Test();
  }

  std::unique_ptr<Node> Test() {
    Token field = Take();
    if (++tests_ > kMaxTests) {
      error_ = Fail(field.column, "more than " + std::to_string(kMaxTests) + " tests");
      return nullptr;
    }
    auto n = std::make_unique<Node>();
    if (field.kind == Token::kClass) {  // %file: class == %file
      n->field = "class";
      n->field_column = n->op_column = field.column;
      n->op = "==";
      n->value = {Value::kClass, 0, field.text, field.column};
      return n;
    }
    if (field.kind != Token::kIdentifier) {
      error_ = Fail(field.column, "expected a syscall name, a field or '(', found " + Describe(field));
      return nullptr;
    }
    n->field = field.text;
    n->field_column = field.column;
    if (Peek().kind != Token::kOperator) {  // a bare name: name == NAME
      n->field = "name";
      n->op = "==";
      n->op_column = field.column;
      n->value = {Value::kIdentifier, 0, field.text, field.column};
      return n;
    }
    Token op = Take();
    n->op = op.text;
    n->op_column = op.column;
    Token v = Take();
    switch (v.kind) {
      case Token::kNumber: n->value = {Value::kNumber, v.number, "", v.column}; break;
      case Token::kDuration: n->value = {Value::kDuration, v.number, "", v.column}; break;
      case Token::kString: n->value = {Value::kString, 0, v.text, v.column}; break;
      case Token::kClass: n->value = {Value::kClass, 0, v.text, v.column}; break;
      case Token::kIdentifier: n->value = {Value::kIdentifier, 0, v.text, v.column}; break;
      default:
        error_ = Fail(v.column, "expected a value after '" + op.text + "', found " + Describe(v));
        return nullptr;
    }
    return n;
  }

  std::vector<Token> tokens_;
  size_t at_ = 0;
  int tests_ = 0;
  std::string error_;
};

}  // namespace

std::unique_ptr<Node> Parse(std::string_view text, std::string* error) {
  std::vector<Token> tokens;
  if (!Lex(text, &tokens, error)) return nullptr;
  if (tokens.size() == 1) {
    *error = Fail(1, "empty expression");
    return nullptr;
  }
  return Parser(std::move(tokens)).Whole(error);
}

}  // namespace lzp::cli::filter
