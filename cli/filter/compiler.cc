// cli/filter/compiler.cc — see compiler.h. The tree is walked once, children
// first, each test emitting one instruction (two for `!=` on a set); a
// running count of the evaluation stack's depth keeps the program within
// what the evaluator holds. Last, every syscall number is tried with nothing
// else known: the ones for which the answer is false can never match, and the
// launcher leaves them out of the tracees' trace bitmap, so they cost what a
// call filtered out by -e trace= costs.
#include "cli/filter/compiler.h"

#include <fnmatch.h>

#include "cli/filter/expression.h"
#include "cli/options/filter.h"
#include "syscalltable/flags.h"
#include "syscalltable/tables.h"
#include "tracer/filter_eval.h"

namespace lzp::cli::filter {
namespace {

std::string At(int column, const std::string& what) { return "column " + std::to_string(column) + ": " + what; }

bool IsStringKind(table::ArgKind k) {
  using K = table::ArgKind;
  return k == K::Path || k == K::String || k == K::OutPath || k == K::InBuf || k == K::OutBuf;
}

uint8_t KindOf(table::ArgType type) {
  switch (type) {
    case table::ArgType::Int32: return proto::kArgSigned32;
    case table::ArgType::Uint32: return proto::kArgUnsigned32;
    case table::ArgType::Uint16: return proto::kArgUnsigned16;
    case table::ArgType::Uint64: return proto::kArgUnsigned64;
    default: return proto::kArgSigned64;
  }
}

// Does argument `a` answer to `field`? "path" also names every path argument.
bool Answers(const table::ArgInfo& a, std::string_view field) {
  return (a.name != nullptr && field == a.name) || (field == "path" && a.kind == table::ArgKind::Path);
}

// A named constant's value: an errno name, a flag or enum constant, a signal.
bool ConstantValue(std::string_view name, int64_t* value) {
  if (name == "AT_FDCWD") return *value = -100, true;  // printed by hand (syscall_format.cc), in no table
  for (int i = 0; i < table::kErrnoCount; ++i)
    if (table::kErrnos[i].name && name == table::kErrnos[i].name) return *value = table::kErrnos[i].number, true;
  for (int t = 0; t < table::kFlagTableCount; ++t) {
    const table::FlagTable& tab = table::kFlagTables[t];
    for (const table::FlagEntry* e = tab.entries; e && e->name; ++e)
      if (name == e->name) return *value = static_cast<int64_t>(e->value), true;
    for (const table::FlagField* f = tab.fields; f && f->mask; ++f)
      for (const table::FlagEntry* e = f->values; e && e->name; ++e)
        if (name == e->name) return *value = static_cast<int64_t>(e->value), true;
  }
  int sig = name.substr(0, 3) == "SIG" ? table::SignalNumberByName(name) : -1;
  if (sig > 0) return *value = sig, true;
  return false;
}

class Compiler {
 public:
  explicit Compiler(CompiledFilter* out) : out_(out) {}

  bool Emit(const Node& n) {
    switch (n.kind) {
      case Node::kAnd: case Node::kOr:
        if (!Emit(*n.left) || !Emit(*n.right)) return false;
        return Push({uint8_t(n.kind == Node::kAnd ? proto::kFilterAnd : proto::kFilterOr)}, n.op_column, -1);
      case Node::kNot:
        return Emit(*n.left) && Push({proto::kFilterNot}, n.op_column, 0);
      case Node::kTest:
        return Test(n);
    }
    return false;
  }

  std::string error;

 private:
  bool Fail(int column, const std::string& what) {
    error = At(column, what);
    return false;
  }

  // Appends `in`, which changes the stack's depth by `delta`.
  bool Push(proto::FilterInsn in, int column, int delta) {
    auto& p = out_->program;
    if (p.length >= proto::kFilterMaxInsns)
      return Fail(column, "the expression is too long (at most " + std::to_string(proto::kFilterMaxInsns) + " instructions)");
    depth_ += delta;
    if (depth_ > static_cast<int>(proto::kFilterMaxDepth)) return Fail(column, "the expression is nested too deeply");
    p.code[p.length++] = in;
    return true;
  }

  bool PushLeaf(proto::FilterInsn in, int column) { return Push(in, column, 1); }

  static uint8_t NumericCmp(std::string_view op) {
    return op == "==" ? proto::kCmpEq : op == "!=" ? proto::kCmpNe : op == "<" ? proto::kCmpLt : op == "<=" ? proto::kCmpLe
         : op == ">" ? proto::kCmpGt : op == ">=" ? proto::kCmpGe : op == "&" ? proto::kCmpBits : 0xff;
  }

  // A set of syscalls, possibly negated (`!=`).
  bool PushSet(const std::bitset<512>& set, bool negate, int column) {
    auto& p = out_->program;
    if (sets_ >= static_cast<int>(proto::kFilterMaxSets))
      return Fail(column, "too many name patterns and classes (at most " + std::to_string(proto::kFilterMaxSets) + ")");
    for (int nr = 0; nr < 512; ++nr)
      if (set.test(nr)) p.sets[sets_][nr / 64] |= uint64_t{1} << (nr % 64);
    proto::FilterInsn in{proto::kFilterInSet};
    in.index = static_cast<uint8_t>(sets_++);
    return PushLeaf(in, column) && (!negate || Push({proto::kFilterNot}, column, 0));
  }

  bool Name(const Node& n) {
    const Value& v = n.value;
    if (v.kind != Value::kString && v.kind != Value::kIdentifier)
      return Fail(v.column, "expected a syscall name after '" + n.op + "'");
    if (n.op == "~") {
      std::bitset<512> set;
      for (int nr = 0; nr < table::kSyscallCount && nr < 512; ++nr)
        if (table::kSyscalls[nr].name && fnmatch(v.text.c_str(), table::kSyscalls[nr].name, 0) == 0) set.set(nr);
      return PushSet(set, false, n.op_column);
    }
    if (n.op != "==" && n.op != "!=") return Fail(n.op_column, "a name is compared with ==, != or ~");
    int nr = table::SyscallNumberByName(v.text);
    if (nr < 0) return Fail(v.column, "unknown syscall '" + v.text + "'");
    proto::FilterInsn in{proto::kFilterCompare, proto::kFieldNr, NumericCmp(n.op)};
    in.value = nr;
    return PushLeaf(in, n.field_column);
  }

  bool Class(const Node& n) {
    const Value& v = n.value;
    if (n.op != "==" && n.op != "!=") return Fail(n.op_column, "a class is compared with == or !=");
    std::string name = v.kind == Value::kClass ? v.text : "%" + v.text;
    uint32_t bits = v.kind == Value::kClass || v.kind == Value::kString || v.kind == Value::kIdentifier
                        ? SyscallClassBits(name) : 0;
    if (bits == 0) return Fail(v.column, "expected a class such as %file, %network, %process after '" + n.op + "'");
    std::bitset<512> set;
    for (int nr = 0; nr < table::kSyscallCount && nr < 512; ++nr)
      if (table::kSyscalls[nr].name && (table::kSyscalls[nr].classes & bits)) set.set(nr);
    return PushSet(set, n.op == "!=", n.op_column);
  }

  // The number a test compares with; `field` decides what an identifier means.
  bool Number(const Node& n, bool duration_field, int64_t* value) {
    const Value& v = n.value;
    switch (v.kind) {
      case Value::kNumber: *value = v.number; return true;  // a duration's plain number: nanoseconds
      case Value::kDuration:
        if (!duration_field) return Fail(v.column, "a duration is compared with dur only");
        *value = v.number;
        return true;
      case Value::kIdentifier:
        if (!duration_field && ConstantValue(v.text, value)) return true;
        return Fail(v.column, "unknown constant '" + v.text + "'");
      default:
        return Fail(v.column, "expected a number after '" + n.op + "'");
    }
  }

  // The map of where each syscall has argument `field`; -1 if none has it.
  int ArgMap(const std::string& field, bool strings_only, int column) {
    uint8_t map[512];
    bool any = false;
    for (int nr = 0; nr < 512; ++nr) {
      map[nr] = proto::kNoArg;
      const table::SyscallInfo* info = nr < table::kSyscallCount ? &table::kSyscalls[nr] : nullptr;
      if (info == nullptr || info->name == nullptr) continue;
      for (int i = 0; i < info->nargs && i < 6; ++i) {
        if (!Answers(info->args[i], field) || (strings_only && !IsStringKind(info->args[i].kind))) continue;
        map[nr] = static_cast<uint8_t>(i | KindOf(info->args[i].type) << 4);
        any = true;
        break;
      }
    }
    if (!any) return -1;
    auto& p = out_->program;
    for (int m = 0; m < maps_; ++m)
      if (std::equal(map, map + 512, p.arg_maps[m])) return m;
    if (maps_ >= static_cast<int>(proto::kFilterMaxArgMaps)) {
      Fail(column, "too many different named arguments (at most " + std::to_string(proto::kFilterMaxArgMaps) + ")");
      return -2;
    }
    std::copy(map, map + 512, p.arg_maps[maps_]);
    return maps_++;
  }

  bool NamedArgument(const Node& n) {
    bool string_test = n.value.kind == Value::kString;
    if (string_test) {
      if (n.op != "==" && n.op != "!=" && n.op != "~") return Fail(n.op_column, "a string is compared with ==, != or ~");
    } else if (n.op == "~") {
      return Fail(n.value.column, "expected a string pattern after '~'");
    }
    int map = ArgMap(n.field, string_test, n.field_column);
    if (map == -2) return false;
    if (map < 0)
      return Fail(n.field_column, string_test ? "no syscall has a string argument named '" + n.field + "'"
                                              : "unknown field '" + n.field + "'");
    if (string_test) {
      proto::FilterInsn in{proto::kFilterString, proto::kFieldNamedArg,
                           uint8_t(n.op == "~" ? proto::kCmpGlob : NumericCmp(n.op)), uint8_t(map)};
      in.aux = static_cast<uint32_t>(out_->patterns.size());
      out_->patterns.push_back(n.value.text);
      if (out_->string_test_column == 0) out_->string_test_column = n.field_column;
      return PushLeaf(in, n.field_column);
    }
    proto::FilterInsn in{proto::kFilterCompare, proto::kFieldNamedArg, NumericCmp(n.op), uint8_t(map)};
    return Number(n, false, &in.value) && PushLeaf(in, n.field_column);
  }

  bool Test(const Node& n) {
    const std::string& f = n.field;
    if (f == "name") return Name(n);
    if (f == "class") return Class(n);
    static const std::pair<const char*, uint8_t> kFields[] = {
        {"ret", proto::kFieldRet}, {"errno", proto::kFieldErrno}, {"dur", proto::kFieldDur},
        {"pid", proto::kFieldPid}, {"tid", proto::kFieldTid},     {"arg0", proto::kFieldArg0},
        {"arg1", proto::kFieldArg0 + 1}, {"arg2", proto::kFieldArg0 + 2}, {"arg3", proto::kFieldArg0 + 3},
        {"arg4", proto::kFieldArg0 + 4}, {"arg5", proto::kFieldArg0 + 5}};
    for (auto& [name, field] : kFields) {
      if (f != name) continue;
      uint8_t cmp = NumericCmp(n.op);
      if (cmp == 0xff) return Fail(n.op_column, "'" + f + "' is a number: compare it with == != < <= > >= or &");
      proto::FilterInsn in{proto::kFilterCompare, field, cmp};
      if (field == proto::kFieldDur) out_->program.uses_dur = 1;
      return Number(n, field == proto::kFieldDur, &in.value) && PushLeaf(in, n.field_column);
    }
    return NamedArgument(n);
  }

  CompiledFilter* out_;
  int depth_ = 0, sets_ = 0, maps_ = 0;
};

}  // namespace

std::unique_ptr<CompiledFilter> Compile(std::string_view text, std::string* error) {
  auto tree = Parse(text, error);
  if (!tree) return nullptr;
  auto out = std::make_unique<CompiledFilter>();
  Compiler compiler(out.get());
  if (!compiler.Emit(*tree)) {
    *error = compiler.error;
    return nullptr;
  }
  proto::FilterFacts facts{};
  facts.known = proto::kKnowNr;
  auto undecided = [](const proto::FilterInsn&, int) { return proto::Truth::kUnknown; };
  for (int nr = 0; nr < 512; ++nr) {
    facts.nr = static_cast<uint64_t>(nr);
    out->possible[nr] = proto::EvaluateFilter(out->program, facts, undecided) != proto::Truth::kFalse;
  }
  return out;
}

}  // namespace lzp::cli::filter
