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
// out (both: as much as the result says, within the length next), p a
// pointer, f KEYCTL_MOVE's flags, D a struct keyctl_dh_params passed in, C
// the capability bytes read out.
struct Layout { uint32_t command; const char* args; };
constexpr Layout kLayouts[] = {
    {0, "ki"},   {1, "s"},   {2, "kbn"}, {3, "k"},   {4, "kuu"},  {5, "km"},  {6, "kon"},
    {7, "k"},    {8, "kk"},  {9, "kk"},  {10, "kssk"}, {11, "kOn"}, {12, "kbnk"}, {13, "kuk"},
    {14, "r"},   {15, "ku"}, {16, "k"},  {17, "kon"}, {18, ""},    {21, "k"},   {22, "uk"},
    {23, "DOnp"}, {24, "knsp"}, {25, "pspp"}, {26, "pspp"}, {27, "pspp"}, {28, "pspp"}, {29, "kss"},
    {30, "kkkf"}, {31, "Cn"},
};

// KEYCTL_DH_COMPUTE's struct keyctl_dh_params: three key serials.
std::string DhParams(const CallContext& c, int arg) {
  const Capture* cap = c.captures.Find(arg, proto::kAtEntry);
  if (cap == nullptr || cap->faulted() || cap->data.size() < 12) return Pointer(c.rec.args[arg]);
  std::string_view b = cap->data;
  return "{private=" + KeySerial(Field<int32_t>(b, 0)) + ", prime=" + KeySerial(Field<int32_t>(b, 4)) +
         ", base=" + KeySerial(Field<int32_t>(b, 8)) + "}";
}

// KEYCTL_CAPABILITIES' bytes as the kernel wrote them, each named by its table.
std::string Capabilities(const CallContext& c, int arg) {
  const Capture* cap = c.failed() ? nullptr : c.captures.Find(arg, proto::kAtExit);
  if (cap == nullptr || cap->faulted()) return Pointer(c.rec.args[arg]);
  constexpr const char* kByteTables[] = {"keyctl_caps0", "keyctl_caps1"};
  std::string out = "[";
  for (size_t i = 0; i < cap->data.size(); ++i) {
    uint8_t byte = static_cast<uint8_t>(cap->data[i]);
    out += (i ? ", " : "") + (i < 2 ? FormatFlags(kByteTables[i], byte) : Hex(byte));
  }
  return out + "]";
}

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
    case 'f': return FormatFlags("keyctl_move", static_cast<uint32_t>(v));
    case 'r': {  // strace prints an unknown one in decimal
      int32_t keyring = static_cast<int32_t>(v);
      return keyring >= -1 && keyring <= 7 ? FormatFlags("key_reqkey", v)
                                           : UnknownConstant(fmt::format("{}", keyring), "KEY_REQKEY_DEFL_???");
    }
  }
  return Pointer(v);
}

std::vector<std::string> Keyctl(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0)};
  for (const Layout& l : kLayouts) {
    if (l.command != c.rec.args[0]) continue;
    for (int i = 0; l.args[i] != '\0'; ++i) {
      char kind = l.args[i];
      if (kind == 'D') out.push_back(DhParams(c, i + 1));
      else if (kind == 'C') out.push_back(Capabilities(c, i + 1));
      else if (std::string_view("sboO").find(kind) != std::string_view::npos) out.push_back(Captured(c, kind, i + 1));
      else out.push_back(Argument(kind, c.rec.args[i + 1]));
    }
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
