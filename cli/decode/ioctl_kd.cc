// cli/decode/ioctl_kd.cc — the console (<linux/kd.h>, <linux/keyboard.h>)
// requests strace 6.1 decodes, all as the caller passed them:
//   values: KDSETMODE's mode, KDSKBMODE's keyboard mode, KDSKBMETA's meta
//     mode, KDSETLED's LEDs (flag tables kd_*), KDSIGACCEPT's signal, and the
//     two tones: KDMKTONE "4096<<16|512 /* 2330 Hz, 4096 ms */" (the
//     duration in ms above 16 bits, the PIT counter below) and KIOCSOUND
//     "1000 /* 1193 Hz */" (the counter), the frequency from the PIT's
//     1193180 Hz clock;
//   struct kbentry: KDGKBENT the table and index asked, KDSKBENT the value
//     too as K(type, value) ("0x71 /* K(KT_LATIN, 'q') */", in hex);
//   struct kbsentry: the function key as KVAL(K_F4), KDSKBSENT its string;
//   struct console_font_op: {op=..., flags=..., width=, height=, charcount=, data=}.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"

namespace lzp::cli {
namespace {

constexpr uint64_t kPitClockHz = 1193180;
enum : uint64_t { kKiocsound = 0x4b2f, kKdmktone = 0x4b30, kKdsetled = 0x4b32, kKdsetmode = 0x4b3a,
                  kKdskbmode = 0x4b45, kKdsigaccept = 0x4b4e, kKdskbmeta = 0x4b63 };

std::string Tone(uint64_t counter) { return counter ? fmt::format("{} Hz", kPitClockHz / counter) : "off"; }

// A keymap value: the type byte and the value byte, a character for the
// letter types ('a', '\'', '\x00').
std::string KeyValue(uint16_t v) {
  uint8_t type = v >> 8, value = v & 0xff;
  constexpr uint8_t kLatin = 0, kLetter = 11;
  bool printable = value >= 0x20 && value < 0x7f;
  std::string character = !printable ? fmt::format("\\x{:02x}", value)
                          : value == '\'' || value == '\\' ? fmt::format("\\{}", static_cast<char>(value))
                                                            : std::string(1, static_cast<char>(value));
  std::string shown = type == kLatin || type == kLetter ? "'" + character + "'" : fmt::format("{}", value);
  return fmt::format("{} /* K({}, {}) */", Hex(v), FormatFlags("kd_key_type", type), shown);
}

}  // namespace

std::optional<std::string> FormatKdValue(uint64_t request, uint64_t arg) {
  switch (request & 0xffffffff) {
    case kKdsetmode: return FormatFlags("kd_mode", arg);
    case kKdskbmode: return FormatFlags("kd_kbd_mode", arg);
    case kKdskbmeta: return FormatFlags("kd_meta", arg);
    case kKdsetled: return FormatFlags("kd_led", arg);
    case kKdsigaccept: return SignalLabel(static_cast<int>(arg));
    case kKiocsound: return arg ? fmt::format("{} /* {} */", arg, Tone(arg)) : "0";
    case kKdmktone: {
      uint64_t ms = (arg >> 16) & 0xffff, counter = arg & 0xffff;
      return fmt::format("{}<<16|{} /* {}, {} ms */", ms, counter, Tone(counter), ms);
    }
    default: return std::nullopt;
  }
}

std::string FormatKdStruct(const IoctlPhase& p) {
  std::string_view b = p.header.data;
  switch (p.t.shape) {
    case proto::IoctlShape::kKdKbentryGet: case proto::IoctlShape::kKdKbentrySet: {  // u8 kb_table, kb_index; u16 kb_value
      std::string out = fmt::format("{{kb_table={}, kb_index={}", FormatFlags("kd_kb_table", Field<uint8_t>(b, 0)),
                                    Field<uint8_t>(b, 1));
      if (p.t.shape == proto::IoctlShape::kKdKbentrySet) out += ", kb_value=" + KeyValue(Field<uint16_t>(b, 2));
      return out + "}";
    }
    case proto::IoctlShape::kKdKbsentryGet: case proto::IoctlShape::kKdKbsentrySet: {  // u8 kb_func; u8 kb_string[512]
      std::string out = "{kb_func=KVAL(" + FormatFlags("kd_func_key", Field<uint8_t>(b, 0)) + ")";
      if (p.t.shape == proto::IoctlShape::kKdKbsentrySet) out += ", kb_string=" + FormatCharArray(b.substr(1, 512), p.c.options);
      return out + "}";
    }
    default:  // kKdFontOp: u32 op, flags, width, height, charcount; the data pointer at 24
      return fmt::format("{{op={}, flags={}, width={}, height={}, charcount={}, data={}}}",
                         FormatFlags("kd_font_op", Field<uint32_t>(b, 0)), FormatFlags("kd_font_flags", Field<uint32_t>(b, 4)),
                         Field<uint32_t>(b, 8), Field<uint32_t>(b, 12), Field<uint32_t>(b, 16), Pointer(Field<uint64_t>(b, 24)));
  }
}

}  // namespace lzp::cli
