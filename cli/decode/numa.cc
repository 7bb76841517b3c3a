// cli/decode/numa.cc — the NUMA memory policy calls as strace prints them:
//   set_mempolicy(MPOL_BIND, [0x00000000000003, 0000000000000000], 128)
//   get_mempolicy([MPOL_DEFAULT], [0000000000000000, ...], 1025, NULL, 0)
//   mbind(addr, len, mode, [nodemask], maxnode, flags)
//   migrate_pages(pid, maxnode, [old_nodes], [new_nodes])
//   move_pages(pid, count, [page, ...], [node, ...], [node or -ERRNO, ...], flags)
// A node mask is an array of unsigned longs; the kernel reads maxnode - 1
// bits of it, so strace shows (maxnode + 62) / 64 of them, each as
// printf's "%#016lx" (which writes zero without its "0x"): at most -s of
// them ("..." after), those before an unreadable page ("... /* address */"
// after, the first address it could not read), the address when maxnode
// is 1 (no bit to show), "[]" when it is 0.
#include <algorithm>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "syscalltable/tables.h"

namespace lzp::cli {
namespace {

std::string MaskWord(uint64_t v) { return v == 0 ? std::string(16, '0') : fmt::format("{:#016x}", v); }

std::string Nodemask(const CallContext& c, int arg, uint64_t maxnode, uint8_t phase) {
  uint64_t ptr = c.rec.args[arg];
  if (ptr == 0) return "NULL";
  const Capture* cap = c.captures.Find(arg, phase);
  uint64_t words = maxnode == 0 ? 0 : (maxnode + 62) / 64;
  if (cap == nullptr || (maxnode != 0 && words == 0)) return Pointer(ptr);
  uint64_t wanted = std::min<uint64_t>(words, c.options.string_limit), readable = cap->data.size() / 8;
  if (readable < wanted && (!cap->faulted() || readable == 0)) return Pointer(ptr);
  uint64_t shown = std::min(wanted, readable);
  std::string out = "[";
  for (uint64_t i = 0; i < shown; ++i) out += (i ? ", " : "") + MaskWord(Field<uint64_t>(cap->data, i * 8));
  if (shown < wanted) return out + fmt::format(", ... /* {} */]", Pointer(ptr + shown * 8));
  return out + (words > shown ? ", ...]" : "]");
}

// A policy mode with no MPOL_F_* flag is looked up whole, as strace does: a
// value with bits above the mode's byte is all unknown ("0x10001 /* MPOL_??? */",
// not MPOL_PREFERRED and the rest); with a flag, the table's field and flags.
std::string Mode(const CallContext& c, int arg, uint64_t value) {
  constexpr uint64_t kModeFlags = 0xe000, kModeField = 0xff;  // MPOL_F_STATIC_NODES|RELATIVE_NODES|NUMA_BALANCING
  if ((value & kModeFlags) == 0 && (value & ~kModeField) != 0) return UnknownConstant(Hex(value), "MPOL_???");
  return FormatArgument(c, arg);
}

std::vector<std::string> SetMempolicy(const CallContext& c) {
  return {Mode(c, 0, static_cast<uint32_t>(c.rec.args[0])), Nodemask(c, 1, c.rec.args[2], proto::kAtEntry), FormatArgument(c, 2)};
}

std::vector<std::string> Mbind(const CallContext& c) {
  return {FormatArgument(c, 0), FormatArgument(c, 1), Mode(c, 2, c.rec.args[2]),
          Nodemask(c, 3, c.rec.args[4], proto::kAtEntry), FormatArgument(c, 4), FormatArgument(c, 5)};
}

std::vector<std::string> GetMempolicy(const CallContext& c) {
  std::string mode = Pointer(c.rec.args[0]), mask = Pointer(c.rec.args[1]);
  if (!c.failed()) {
    const Capture* m = c.rec.args[0] ? c.captures.Find(0, proto::kAtExit) : nullptr;
    if (m != nullptr && !m->faulted() && m->data.size() >= 4) mode = "[" + FormatFlags("mpol", Field<uint32_t>(m->data, 0)) + "]";
    mask = Nodemask(c, 1, c.rec.args[2], proto::kAtExit);
  }
  if (c.rec.args[1] != 0 && c.rec.args[2] == 0) mask = "[]";  // no node bits asked for: strace's empty array, failed or not
  return {mode, mask, FormatArgument(c, 2), FormatArgument(c, 3), FormatArgument(c, 4)};
}

std::vector<std::string> MigratePages(const CallContext& c) {
  return {FormatArgument(c, 0), FormatArgument(c, 1), Nodemask(c, 2, c.rec.args[1], proto::kAtEntry),
          Nodemask(c, 3, c.rec.args[1], proto::kAtEntry)};
}

// move_pages: a count of 0 shows its status array as "[]" whether or not the
// call failed (strace prints the empty array it would have filled).
std::vector<std::string> MovePages(const CallContext& c) { return ArgumentsWithEmptyArray(c, 1, 4); }

std::optional<std::string> PagePointers(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 8, o, [](std::string_view e) { return Pointer(Field<uint64_t>(e, 0)); });
}

std::optional<std::string> PageNodes(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 4, o, [](std::string_view e) { return fmt::format("{}", Field<int32_t>(e, 0)); });
}

std::optional<std::string> PageStatus(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 4, o, [](std::string_view e) {
    int32_t v = Field<int32_t>(e, 0);
    const table::ErrnoInfo* err = v < 0 ? table::ErrnoByNumber(-v) : nullptr;
    // -X raw: -2; verbose: -2 /* -ENOENT */
    return StyledConstant(fmt::format("{}", v), err != nullptr ? fmt::format("-{}", err->name) : "");
  });
}

}  // namespace

const StructDecoder kNumaDecoders[] = {
    {"page_ptrs", PagePointers}, {"page_nodes", PageNodes}, {"page_status", PageStatus}, {nullptr, nullptr}};
const ArgumentsDecoder kMigratePagesArguments = MigratePages;
const ArgumentsDecoder kMovePagesArguments = MovePages;
const ArgumentsDecoder kSetMempolicyArguments = SetMempolicy;
const ArgumentsDecoder kGetMempolicyArguments = GetMempolicy;
const ArgumentsDecoder kMbindArguments = Mbind;

}  // namespace lzp::cli
