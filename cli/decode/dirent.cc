// cli/decode/dirent.cc — getdents/getdents64's entries as strace -v prints
// them (abbreviated, strace shows only their count: syscall_format.cc).
// The buffer is the kernel's, copied up to the result (tracer/capture.cc,
// kDirentBytesArg); each record is walked by its d_reclen and bounded by
// the copy. struct linux_dirent64 (<linux/dirent.h>): u64 d_ino, s64 d_off,
// u16 d_reclen, u8 d_type, then the NUL-terminated name; the old struct
// linux_dirent (fs/readdir.c): unsigned long d_ino, d_off, u16 d_reclen, the
// name, and d_type in the record's last byte — printed after the name, as
// strace orders the fields. Names are whole (no -s cut), d_type by name
// (flags/dirent_type.tbl).
#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/quote.h"
#include "cli/print/syscall_format.h"

namespace lzp::cli {

std::string FormatDirents(std::string_view b, bool is64, const FormatOptions& o) {
  constexpr size_t kNameAt64 = 19, kNameAtOld = 18;
  size_t name_at = is64 ? kNameAt64 : kNameAtOld;
  std::string out = "[";
  for (size_t at = 0; at + name_at <= b.size();) {
    uint16_t reclen = Field<uint16_t>(b, at + 16);
    if (reclen < name_at || reclen > b.size() - at) break;  // a record the buffer does not hold: stop there
    std::string_view record = b.substr(at, reclen), name = record.substr(name_at);
    name = name.substr(0, name.find('\0'));
    std::string type = FormatFlags("dirent_type", static_cast<uint8_t>(is64 ? record[18] : record[reclen - 1]));
    std::string text = Quote(name, StyleOf(o), false);
    out += at ? ", " : "";
    out += is64 ? fmt::format("{{d_ino={}, d_off={}, d_reclen={}, d_type={}, d_name={}}}", Field<uint64_t>(record, 0),
                              Field<int64_t>(record, 8), reclen, type, text)
                : fmt::format("{{d_ino={}, d_off={}, d_reclen={}, d_name={}, d_type={}}}", Field<uint64_t>(record, 0),
                              Field<uint64_t>(record, 8), reclen, text, type);
    at += reclen;
  }
  return out + "]";
}

}  // namespace lzp::cli
