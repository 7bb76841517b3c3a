// cli/decode/keyctl.cc — the key management calls. A key serial number
// prints by name when it is one of the special keyrings (KEY_SPEC_*), else
// as a signed number. keyctl's arguments depend on its command: kLayouts
// gives, per command, the kind of each argument strace prints (and so how
// many); a command without a layout keeps all four arguments in hex, as
// strace prints an unknown one. The strings and buffers the interposer
// captured for the command (tracer/capture.cc, CaptureKeyctl) print quoted:
// names and payloads passed in, descriptions and payloads read out.
#include <fmt/format.h>

#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {
namespace {

std::string KeySerial(uint64_t v) {
  int32_t serial = static_cast<int32_t>(v);
  return serial < 0 && serial >= -8 ? FormatFlags("key_spec", v) : fmt::format("{}", serial);
}

std::string Id(uint64_t v) {  // a uid or gid: -1 means "no change"
  return static_cast<int32_t>(v) == -1 ? "-1" : fmt::format("{}", static_cast<uint32_t>(v));
}

// Argument kinds after the command: k key serial, u unsigned, i int, n size,
// m permissions, r default request-key keyring, s a string passed in, b a
// buffer passed in (its length next), o a string read out, O a buffer read
// out (both: as much as the result says, within the length next).
struct Layout { uint32_t command; const char* args; };
constexpr Layout kLayouts[] = {
    {0, "ki"},   {1, "s"},   {2, "kbn"}, {3, "k"},   {4, "kuu"},  {5, "km"},  {6, "kon"},
    {7, "k"},    {8, "kk"},  {9, "kk"},  {10, "kssk"}, {11, "kOn"}, {12, "kbnk"}, {13, "kuk"},
    {14, "r"},   {15, "ku"}, {16, "k"},  {17, "kon"}, {18, ""},    {21, "k"},   {22, "uk"},
};

// A captured string or buffer (argument `arg`), or the pointer.
std::string Captured(const CallContext& c, char kind, int arg) {
  uint64_t ptr = c.rec.args[arg];
  bool out = kind == 'o' || kind == 'O';
  const Capture* cap = ptr == 0 || (out && c.failed()) ? nullptr : c.captures.Find(arg, out ? proto::kAtExit : proto::kAtEntry);
  if (cap == nullptr || cap->faulted()) return Pointer(ptr);
  std::string_view data = cap->data;
  uint32_t limit = c.options.string_limit;
  bool more = kind == 'b' ? c.rec.args[arg + 1] > limit : kind == 'O' ? data.size() > limit : false;
  if (kind == 's' || kind == 'o') {
    data = data.substr(0, data.find('\0'));
    more = data.size() > limit || (kind == 's' && cap->truncated());
  }
  return Quote(data.substr(0, limit), StyleOf(c.options), more);
}

std::string Argument(char kind, uint64_t v) {
  switch (kind) {
    case 'k': return KeySerial(v);
    case 'u': return Id(v);
    case 'i': return fmt::format("{}", static_cast<int32_t>(v));
    case 'n': return fmt::format("{}", v);
    case 'm': return FormatFlags("key_perm", static_cast<uint32_t>(v));
    case 'r': {  // strace prints an unknown one in decimal
      int32_t keyring = static_cast<int32_t>(v);
      return keyring >= -1 && keyring <= 7 ? FormatFlags("key_reqkey", v)
                                           : fmt::format("{} /* KEY_REQKEY_DEFL_??? */", keyring);
    }
  }
  return Pointer(v);
}

std::vector<std::string> Keyctl(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0)};
  for (const Layout& l : kLayouts) {
    if (l.command != c.rec.args[0]) continue;
    for (int i = 0; l.args[i] != '\0'; ++i)
      out.push_back(std::string_view("sboO").find(l.args[i]) != std::string_view::npos ? Captured(c, l.args[i], i + 1)
                                                                                        : Argument(l.args[i], c.rec.args[i + 1]));
    return out;
  }
  for (int i = 1; i < 5; ++i) out.push_back(Hex(c.rec.args[i]));
  return out;
}

// add_key(type, description, payload, plen, keyring), request_key(type,
// description, callout_info, dest_keyring): the last argument is a keyring.
std::vector<std::string> LastIsKeyring(const CallContext& c) {
  std::vector<std::string> out;
  int last = c.info->nargs - 1;
  for (int i = 0; i < last; ++i) out.push_back(FormatArgument(c, i));
  out.push_back(KeySerial(c.rec.args[last]));
  return out;
}

}  // namespace

const ArgumentsDecoder kKeyctlArguments = Keyctl;
const ArgumentsDecoder kKeyringLastArguments = LastIsKeyring;

}  // namespace lzp::cli
