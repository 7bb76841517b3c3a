// cli/print/handler_note.cc — see handler_note.h.
#include "cli/print/handler_note.h"

namespace lzp::cli {

std::string HandlerNote(const Captures& captures) {
  const Capture* c = captures.Find(0, proto::kHandlerNote);
  if (c == nullptr) return "";
  std::string note;
  for (char ch : c->data) {
    if (ch == '/' && !note.empty() && note.back() == '*') note += ' ';
    note += (ch >= 0x20 && ch < 0x7f) ? ch : '?';
  }
  return note;
}

std::string HandlerNoteSuffix(const Captures& captures) {
  std::string note = HandlerNote(captures);
  return note.empty() ? "" : " /* " + note + " */";
}

}  // namespace lzp::cli
