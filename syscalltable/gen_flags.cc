// gen_flags — turns the flag and enum tables in flags/*.tbl into C++.
//
// Usage: gen_flags OUT.cc FILE.tbl...  (the table's name is the file's base name)
// A table file has one `NAME VALUE` per line (values in C notation: 0x.., 0..
// octal, decimal, negative allowed; a NAME may contain spaces, as strace's
// "SNDCTL_TMR_START or TCSETS": the value is the last word) and directives:
//   @kind flags|enum     bits joined with '|', or one value
//   @zero NAME           what a flags value of 0 is called
//   @field MASK A=1 B=2  a multi-bit field inside flags, printed first by name
//                        (?=TEXT: strace's comment for a value with no name there)
//                        (several @field lines: printed in their order)
//   @signal MASK         a field holding a signal number (clone's exit signal)
//   @unknown TEXT        strace's comment after a value (or flag bits) with no
//                        known name: 0x7 /* SEEK_??? */
//   @shift MASK N NAME   a number in the MASK bits, printed after the named
//                        bits as "V<<NAME" (V = the bits >> N)
//   @fields-apart        under -X raw|verbose each field and the remaining bits
//                        are constants of their own, as strace prints them:
//                        0x1 /* SOCK_STREAM */|0x80000 /* SOCK_CLOEXEC */
//   @raw-zero-field-empty  under -X raw a field of value 0 prints nothing, as
//                        strace's statx (printflags): statx(3, "", |0x1000, ...)
//   @shift-apart         under -X raw|verbose the @shift number is a part of its
//                        own after the rest: 0xa00|21<<26 (verbose: 21<<26 /* SHM_HUGE_SHIFT */)
//   @decimal             under -X raw|verbose the number is signed decimal, as
//                        strace's printxval_d: -1 /* KEY_SPEC_THREAD_KEYRING */
//   @verbose-repeats-unknown  under -X verbose a value with no known bit
//                        keeps its whole text in the comment, as strace's
//                        memfd_create does: 0xf0 /* 0xf0 /* MFD_??? */ */
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

[[noreturn]] void Fail(const std::string& where, const std::string& what) {
  std::fprintf(stderr, "gen_flags: %s: %s\n", where.c_str(), what.c_str());
  std::exit(1);
}

long long ParseValue(const std::string& where, const std::string& text) {
  char* end = nullptr;
  // Negative values as signed; the rest unsigned, so that bit 63 fits (1<<_UFFDIO_API).
  long long v = !text.empty() && text[0] == '-' ? std::strtoll(text.c_str(), &end, 0)
                                                : static_cast<long long>(std::strtoull(text.c_str(), &end, 0));
  if (end == text.c_str() || *end != '\0') Fail(where, "bad value " + text);
  return v;
}

struct Table {
  std::string name, kind = "flags", zero, unknown;
  long long signal_mask = 0, shifted_mask = 0, shift = 0;
  std::string shift_name;
  bool fields_apart = false;
  bool verbose_repeats_unknown = false;
  bool decimal = false;
  bool raw_zero_field_empty = false;
  bool shift_apart = false;
  std::vector<std::pair<long long, std::vector<std::pair<std::string, long long>>>> fields;
  std::vector<std::string> field_unknown;  // per field, "" for none
  std::vector<std::pair<std::string, long long>> entries;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) Fail("usage", "gen_flags OUT.cc FILE.tbl...");
  std::vector<Table> tables;
  for (int i = 2; i < argc; ++i) {
    std::string path = argv[i];
    Table t;
    size_t slash = path.rfind('/');
    t.name = path.substr(slash == std::string::npos ? 0 : slash + 1);
    t.name = t.name.substr(0, t.name.rfind(".tbl"));
    std::ifstream in(path);
    if (!in) Fail(path, "cannot open");
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::string where = path + ":" + std::to_string(n);
      if (line.empty() || line[0] == '#') continue;
      std::istringstream ss(line);
      std::string word;
      ss >> word;
      if (word == "@kind") {
        ss >> t.kind;
        if (t.kind != "flags" && t.kind != "enum") Fail(where, "kind must be flags or enum");
      } else if (word == "@zero") {
        ss >> t.zero;
      } else if (word == "@unknown") {
        ss >> t.unknown;
      } else if (word == "@shift") {
        std::string mask, bits;
        if (!(ss >> mask >> bits >> t.shift_name)) Fail(where, "@shift MASK N NAME");
        t.shifted_mask = ParseValue(where, mask);
        t.shift = ParseValue(where, bits);
      } else if (word == "@fields-apart") {
        t.fields_apart = true;
      } else if (word == "@shift-apart") {
        t.shift_apart = true;
      } else if (word == "@raw-zero-field-empty") {
        t.raw_zero_field_empty = true;
      } else if (word == "@decimal") {
        t.decimal = true;
      } else if (word == "@verbose-repeats-unknown") {
        t.verbose_repeats_unknown = true;
      } else if (word == "@signal") {
        std::string mask;
        ss >> mask;
        t.signal_mask = ParseValue(where, mask);
      } else if (word == "@field") {
        std::string mask, pair;
        ss >> mask;
        t.fields.push_back({ParseValue(where, mask), {}});
        t.field_unknown.emplace_back();
        if (t.fields.back().first == 0) Fail(where, "a field needs a non-zero mask");
        while (ss >> pair) {
          size_t eq = pair.find('=');
          if (eq == std::string::npos) Fail(where, "field entries are NAME=VALUE");
          if (pair.rfind("?=", 0) == 0) {
            t.field_unknown.back() = pair.substr(2);
            continue;
          }
          t.fields.back().second.push_back({pair.substr(0, eq), ParseValue(where, pair.substr(eq + 1))});
        }
      } else {
        std::string name = word, value;
        if (!(ss >> value)) Fail(where, "need NAME VALUE");
        for (std::string more; ss >> more; value = more) name += " " + value;  // the value is the last word
        t.entries.push_back({name, ParseValue(where, value)});
      }
    }
    tables.push_back(t);
  }
  std::ofstream out(argv[1]);
  out << "// Generated by syscalltable/gen_flags from syscalltable/flags/*.tbl. Do not edit.\n"
      << "#include \"syscalltable/flags.h\"\n\nnamespace lzp::table {\nnamespace {\n";
  for (const Table& t : tables) {
    out << "const FlagEntry k_" << t.name << "_entries[] = {";
    for (auto& [n, v] : t.entries) out << "{\"" << n << "\", " << v << "ull}, ";
    out << "{nullptr, 0}};\n";
    for (size_t f = 0; f < t.fields.size(); ++f) {
      out << "const FlagEntry k_" << t.name << "_field" << f << "[] = {";
      for (auto& [n, v] : t.fields[f].second) out << "{\"" << n << "\", " << v << "ull}, ";
      out << "{nullptr, 0}};\n";
    }
    out << "const FlagField k_" << t.name << "_fields[] = {";
    for (size_t f = 0; f < t.fields.size(); ++f)
      out << "{" << t.fields[f].first << "ull, k_" << t.name << "_field" << f << ", "
          << (t.field_unknown[f].empty() ? "nullptr" : "\"" + t.field_unknown[f] + "\"") << "}, ";
    out << "{0, nullptr, nullptr}};\n";
  }
  out << "}  // namespace\n\nconst FlagTable kFlagTables[] = {\n";
  for (const Table& t : tables) {
    out << "  {\"" << t.name << "\", " << (t.kind == "enum" ? "true" : "false") << ", "
        << (t.zero.empty() ? "nullptr" : "\"" + t.zero + "\"") << ", k_" << t.name << "_fields, "
        << t.signal_mask << "ull, k_" << t.name << "_entries, "
        << (t.unknown.empty() ? "nullptr" : "\"" + t.unknown + "\"") << ", " << t.shifted_mask << "ull, " << t.shift
        << ", " << (t.shift_name.empty() ? "nullptr" : "\"" + t.shift_name + "\"") << ", "
        << (t.fields_apart ? "true" : "false") << ", " << (t.verbose_repeats_unknown ? "true" : "false") << ", "
        << (t.decimal ? "true" : "false") << ", " << (t.raw_zero_field_empty ? "true" : "false") << ", "
        << (t.shift_apart ? "true" : "false") << "},\n";
  }
  out << "};\nconst int kFlagTableCount = " << tables.size() << ";\n\n}  // namespace lzp::table\n";
  return 0;
}
