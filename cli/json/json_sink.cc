// cli/json/json_sink.cc — see json_sink.h. Each object is built in one
// string and written with one fwrite: lines never mix.
#include "cli/json/json_sink.h"

#include <fmt/format.h>

#include "cli/json/json_text.h"
#include "cli/json/strace_value.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli::json {
namespace {

const char* TypeName(ShownEvent::Kind kind) {
  switch (kind) {
    case ShownEvent::Kind::kSyscall: return "syscall";
    case ShownEvent::Kind::kSignal: return "signal";
    case ShownEvent::Kind::kStopped: return "stopped";
    case ShownEvent::Kind::kExited: return "exit";
    case ShownEvent::Kind::kKilled: return "killed";
    case ShownEvent::Kind::kSuperseded: return "superseded";
  }
  return "unknown";
}

void Field(std::string& out, const char* name, std::string_view json_value) {
  out += ", \"";
  out += name;
  out += "\": ";
  out += json_value;
}

void StringField(std::string& out, const char* name, std::string_view text) {
  Field(out, name, "");
  AppendJsonString(out, text);
}

template <typename T> void NumberField(std::string& out, const char* name, T value) {
  fmt::format_int digits(value);
  Field(out, name, std::string_view(digits.data(), digits.size()));
}

}  // namespace

// "ret": the value returned (unsigned when strace prints it in hex, null when
// the call did not return); a failed call's "errno" and "error" come from
// strace's "-1 ENOENT (No such file or directory)".
void JsonSink::AddSyscall(const ShownEvent& e, std::string& out) {
  StringField(out, "name", e.name);
  NumberField(out, "nr", e.nr);
  if (e.returned) Field(out, "duration", JsonSeconds(clock_->Seconds(e.tsc_exit - e.tsc)));
  out += ", \"args\": [";
  for (size_t i = 0; e.args != nullptr && i < e.args->size(); ++i) {
    if (i) out += ", ";
    out += ArgumentToJson((*e.args)[i]);
  }
  out += ']';
  if (!e.returned) Field(out, "ret", "null");
  else if (e.result.rfind("0x", 0) == 0) NumberField(out, "ret", static_cast<uint64_t>(e.ret));
  else NumberField(out, "ret", e.ret);
  StringField(out, "ret_text", e.result);
  if (!e.note.empty()) StringField(out, "note", e.note);
  if (e.failed) {
    size_t name_at = e.result.find(' ');
    size_t name_end = name_at == std::string_view::npos ? name_at : e.result.find(' ', name_at + 1);
    if (name_end != std::string_view::npos) {
      StringField(out, "errno", e.result.substr(name_at + 1, name_end - name_at - 1));
      size_t open = e.result.find('(', name_end), close = e.result.find(')', name_end);
      if (open != std::string_view::npos && close != std::string_view::npos && open < close)
        StringField(out, "error", e.result.substr(open + 1, close - open - 1));
    }
  }
}

void JsonSink::Add(const ShownEvent& e) {
  std::string& out = line_;
  out = "{\"type\": \"";
  out += TypeName(e.kind);
  out += '"';
  NumberField(out, "pid", e.pid);
  NumberField(out, "tid", e.tid);
  if (time_text_.Wanted()) {
    std::string time = time_text_.Next(e.tsc);
    size_t digits = time.find_first_not_of(' ');  // -r pads to six columns
    StringField(out, "time", std::string_view(time).substr(digits == std::string::npos ? 0 : digits));
  }
  Field(out, "timestamp", JsonSeconds(clock_->Realtime(e.tsc)));
  switch (e.kind) {
    case ShownEvent::Kind::kSyscall: AddSyscall(e, out); break;
    case ShownEvent::Kind::kSignal: {
      StringField(out, "signal", SignalLabel(e.number));
      size_t open = e.text.find('{'), close = e.text.rfind('}');
      if (open != std::string_view::npos && close != std::string_view::npos && open < close)
        Field(out, "siginfo", StraceValueToJson(e.text.substr(open, close - open + 1)));
      break;
    }
    case ShownEvent::Kind::kStopped: StringField(out, "signal", SignalLabel(e.number)); break;
    case ShownEvent::Kind::kExited: NumberField(out, "code", e.number); break;
    case ShownEvent::Kind::kKilled:
      StringField(out, "signal", SignalLabel(e.number));
      Field(out, "core_dumped", e.core_dumped ? "true" : "false");
      break;
    case ShownEvent::Kind::kSuperseded: NumberField(out, "by_pid", e.number); break;
  }
  StringField(out, "text", e.text);
  out += "}\n";
  std::fwrite(out.data(), 1, out.size(), out_for_(e.tid));
}

}  // namespace lzp::cli::json
