// cli/print/handler_note.h — the note a --handler attached to a call
// (capture chunk proto::kHandlerNote), as the trace prints it after the
// result: ` /* text */`. The text comes from the tracee: bytes that are not
// printable ASCII become '?', and a "*/" inside it is broken as "* /" so the
// comment stays one comment.
#pragma once

#include <string>

#include "cli/print/captures.h"

namespace lzp::cli {

// The note's text, made safe to print; empty if the call has none.
std::string HandlerNote(const Captures& captures);
// " /* text */", or empty.
std::string HandlerNoteSuffix(const Captures& captures);

}  // namespace lzp::cli
