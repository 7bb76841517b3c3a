// cli/decode/bpf_commands.h — the fields of union bpf_attr (<linux/bpf.h>,
// x86-64 offsets) that strace 6.1 prints for each bpf(2) command, as data
// for cli/decode/bpf.cc. A field marked `since` is one later kernels added:
// it and every field after it are printed only when the caller's size
// reaches past its offset (strace's rule, measured command by command).
// `end` is where the command's struct ends: nonzero bytes after it, within
// the size, are shown as ", ..." (-v: extra_data="...").
#pragma once

#include <cstdint>
#include <span>

namespace lzp::cli::bpf {

enum class Show {
  kU32, kFd, kPtr, kHex, kTable, kName, kKernelVersion, kNumaNode,
  kPointee,      // the string the field points to (captured as kBpfPointeeArg): license, name
  kPointeePath,  // the same, a path (not cut at -s): pathname
  kBtf,          // BPF_BTF_LOAD's btf: btf_size bytes, quoted as a buffer
  kArray,        // iter_info, prog_ids: "[]" when the count after it (offset + 8) is 0, else the address
  kNextId,       // *_GET_NEXT_ID's next_id: "0 => 5" when a successful call changed it (captured at exit)
};
struct AttrField {
  const char* name;
  uint32_t offset, width;
  Show show;
  const char* table = nullptr;
  bool since = false;
};
struct Command {
  uint64_t cmd;
  const char* wrapper;  // the union member strace names ("test" → {test={...}}), or nullptr
  std::span<const AttrField> fields;
  uint32_t end;
};

inline constexpr AttrField kMapCreate[] = {
    {"map_type", 0, 4, Show::kTable, "bpf_map_type"}, {"key_size", 4, 4, Show::kU32}, {"value_size", 8, 4, Show::kU32},
    {"max_entries", 12, 4, Show::kU32}, {"map_flags", 16, 4, Show::kTable, "bpf_map_flags", true},
    {"inner_map_fd", 20, 4, Show::kFd, nullptr, true}, {"numa_node", 24, 4, Show::kNumaNode, nullptr, true},
    {"map_name", 28, 16, Show::kName, nullptr, true}, {"map_ifindex", 44, 4, Show::kU32, nullptr, true},
    {"btf_fd", 48, 4, Show::kFd, nullptr, true}, {"btf_key_type_id", 52, 4, Show::kU32},
    {"btf_value_type_id", 56, 4, Show::kU32}, {"btf_vmlinux_value_type_id", 60, 4, Show::kU32, nullptr, true},
    {"map_extra", 64, 8, Show::kU32, nullptr, true},
};
inline constexpr AttrField kProgLoad[] = {
    {"prog_type", 0, 4, Show::kTable, "bpf_prog_type"}, {"insn_cnt", 4, 4, Show::kU32}, {"insns", 8, 8, Show::kPtr},
    {"license", 16, 8, Show::kPointee}, {"log_level", 24, 4, Show::kU32, nullptr, true}, {"log_size", 28, 4, Show::kU32},
    {"log_buf", 32, 8, Show::kPtr}, {"kern_version", 40, 4, Show::kKernelVersion, nullptr, true},
    {"prog_flags", 44, 4, Show::kTable, "bpf_prog_flags", true}, {"prog_name", 48, 16, Show::kName, nullptr, true},
    {"prog_ifindex", 64, 4, Show::kU32, nullptr, true},
    {"expected_attach_type", 68, 4, Show::kTable, "bpf_attach_type", true},
    {"prog_btf_fd", 72, 4, Show::kFd, nullptr, true}, {"func_info_rec_size", 76, 4, Show::kU32},
    {"func_info", 80, 8, Show::kPtr}, {"func_info_cnt", 88, 4, Show::kU32}, {"line_info_rec_size", 92, 4, Show::kU32},
    {"line_info", 96, 8, Show::kPtr}, {"line_info_cnt", 104, 4, Show::kU32},
    {"attach_btf_id", 108, 4, Show::kU32, nullptr, true}, {"attach_prog_fd", 112, 4, Show::kFd, nullptr, true},
    {"fd_array", 120, 8, Show::kPtr, nullptr, true},
};
inline constexpr AttrField kLookupElem[] = {
    {"map_fd", 0, 4, Show::kFd}, {"key", 8, 8, Show::kPtr}, {"value", 16, 8, Show::kPtr},
    {"flags", 24, 8, Show::kTable, "bpf_lookup_flags", true},
};
inline constexpr AttrField kUpdateElem[] = {
    {"map_fd", 0, 4, Show::kFd}, {"key", 8, 8, Show::kPtr}, {"value", 16, 8, Show::kPtr},
    {"flags", 24, 8, Show::kTable, "bpf_update_flags"},
};
inline constexpr AttrField kDeleteElem[] = {{"map_fd", 0, 4, Show::kFd}, {"key", 8, 8, Show::kPtr}};
inline constexpr AttrField kGetNextKey[] = {
    {"map_fd", 0, 4, Show::kFd}, {"key", 8, 8, Show::kPtr}, {"next_key", 16, 8, Show::kPtr}};
inline constexpr AttrField kObj[] = {
    {"pathname", 0, 8, Show::kPointeePath}, {"bpf_fd", 8, 4, Show::kFd},
    {"file_flags", 12, 4, Show::kTable, "bpf_file_flags", true},
};
inline constexpr AttrField kProgAttach[] = {
    {"target_fd", 0, 4, Show::kFd}, {"attach_bpf_fd", 4, 4, Show::kFd},
    {"attach_type", 8, 4, Show::kTable, "bpf_attach_type"}, {"attach_flags", 12, 4, Show::kTable, "bpf_attach_flags"},
    {"replace_bpf_fd", 16, 4, Show::kFd, nullptr, true},
};
inline constexpr AttrField kProgDetach[] = {{"target_fd", 0, 4, Show::kFd}, {"attach_type", 8, 4, Show::kTable, "bpf_attach_type"}};
inline constexpr AttrField kTestRun[] = {
    {"prog_fd", 0, 4, Show::kFd}, {"retval", 4, 4, Show::kU32}, {"data_size_in", 8, 4, Show::kU32},
    {"data_size_out", 12, 4, Show::kU32}, {"data_in", 16, 8, Show::kPtr}, {"data_out", 24, 8, Show::kPtr},
    {"repeat", 32, 4, Show::kU32}, {"duration", 36, 4, Show::kU32},
    {"ctx_size_in", 40, 4, Show::kU32, nullptr, true}, {"ctx_size_out", 44, 4, Show::kU32},
    {"ctx_in", 48, 8, Show::kPtr}, {"ctx_out", 56, 8, Show::kPtr},
    {"flags", 64, 4, Show::kTable, "bpf_test_run_flags", true}, {"cpu", 68, 4, Show::kU32},
    {"batch_size", 72, 4, Show::kU32, nullptr, true},
};
inline constexpr AttrField kNextId[] = {
    {"start_id", 0, 4, Show::kU32}, {"next_id", 4, 4, Show::kNextId},
    {"open_flags", 8, 4, Show::kTable, "bpf_file_flags", true},
};
inline constexpr AttrField kProgById[] = {
    {"prog_id", 0, 4, Show::kU32}, {"next_id", 4, 4, Show::kU32},
    {"open_flags", 8, 4, Show::kTable, "bpf_file_flags", true},
};
inline constexpr AttrField kMapById[] = {
    {"map_id", 0, 4, Show::kU32}, {"next_id", 4, 4, Show::kU32},
    {"open_flags", 8, 4, Show::kTable, "bpf_file_flags", true},
};
inline constexpr AttrField kBtfById[] = {{"btf_id", 0, 4, Show::kU32}};
inline constexpr AttrField kLinkById[] = {{"link_id", 0, 4, Show::kU32}};
inline constexpr AttrField kMapFd[] = {{"map_fd", 0, 4, Show::kFd}};
inline constexpr AttrField kInfoByFd[] = {{"bpf_fd", 0, 4, Show::kFd}, {"info_len", 4, 4, Show::kU32}, {"info", 8, 8, Show::kPtr}};
inline constexpr AttrField kProgQuery[] = {
    {"target_fd", 0, 4, Show::kFd}, {"attach_type", 4, 4, Show::kTable, "bpf_attach_type"},
    {"query_flags", 8, 4, Show::kTable, "bpf_query_flags"}, {"attach_flags", 12, 4, Show::kTable, "bpf_attach_flags"},
    {"prog_ids", 16, 8, Show::kArray}, {"prog_cnt", 24, 4, Show::kU32},
};
inline constexpr AttrField kTaskFdQuery[] = {
    {"pid", 0, 4, Show::kU32}, {"fd", 4, 4, Show::kU32}, {"flags", 8, 4, Show::kU32}, {"buf_len", 12, 4, Show::kU32},
    {"buf", 16, 8, Show::kPtr}, {"prog_id", 24, 4, Show::kU32}, {"fd_type", 28, 4, Show::kTable, "bpf_fd_type"},
    {"probe_offset", 32, 8, Show::kHex}, {"probe_addr", 40, 8, Show::kHex},
};
// The batch map calls: the lookups name all eight fields, UPDATE_BATCH
// leaves out in_batch and out_batch, DELETE_BATCH values too.
inline constexpr AttrField kLookupBatch[] = {
    {"in_batch", 0, 8, Show::kPtr}, {"out_batch", 8, 8, Show::kPtr}, {"keys", 16, 8, Show::kPtr},
    {"values", 24, 8, Show::kPtr}, {"count", 32, 4, Show::kU32}, {"map_fd", 36, 4, Show::kFd},
    {"elem_flags", 40, 8, Show::kTable, "bpf_update_flags"}, {"flags", 48, 8, Show::kHex},
};
inline constexpr std::span<const AttrField> kUpdateBatch = std::span(kLookupBatch).subspan(2);
inline constexpr AttrField kDeleteBatch[] = {
    {"keys", 16, 8, Show::kPtr}, {"count", 32, 4, Show::kU32}, {"map_fd", 36, 4, Show::kFd},
    {"elem_flags", 40, 8, Show::kTable, "bpf_update_flags"}, {"flags", 48, 8, Show::kHex},
};
inline constexpr AttrField kLinkUpdate[] = {
    {"link_fd", 0, 4, Show::kFd}, {"new_prog_fd", 4, 4, Show::kFd}, {"flags", 8, 4, Show::kTable, "bpf_attach_flags"}};
inline constexpr AttrField kRawTracepoint[] = {{"name", 0, 8, Show::kPointee}, {"prog_fd", 8, 4, Show::kFd}};
inline constexpr AttrField kBtfLoad[] = {
    {"btf", 0, 8, Show::kBtf}, {"btf_log_buf", 8, 8, Show::kPtr}, {"btf_size", 16, 4, Show::kU32},
    {"btf_log_size", 20, 4, Show::kU32}, {"btf_log_level", 24, 4, Show::kU32},
};
// BPF_LINK_CREATE: these four, then a part chosen by attach_type (bpf.cc).
inline constexpr AttrField kLinkCreate[] = {
    {"prog_fd", 0, 4, Show::kFd}, {"target_fd", 4, 4, Show::kFd},
    {"attach_type", 8, 4, Show::kTable, "bpf_attach_type"}, {"flags", 12, 4, Show::kHex},
};

inline constexpr Command kCommands[] = {
    {0, nullptr, kMapCreate, 72},          // BPF_MAP_CREATE
    {1, nullptr, kLookupElem, 32},         // BPF_MAP_LOOKUP_ELEM
    {2, nullptr, kUpdateElem, 32},         // BPF_MAP_UPDATE_ELEM
    {3, nullptr, kDeleteElem, 16},         // BPF_MAP_DELETE_ELEM
    {4, nullptr, kGetNextKey, 24},         // BPF_MAP_GET_NEXT_KEY
    {5, nullptr, kProgLoad, 128},          // BPF_PROG_LOAD
    {6, nullptr, kObj, 16},                // BPF_OBJ_PIN
    {7, nullptr, kObj, 16},                // BPF_OBJ_GET
    {8, nullptr, kProgAttach, 20},         // BPF_PROG_ATTACH
    {9, nullptr, kProgDetach, 12},         // BPF_PROG_DETACH
    {10, "test", kTestRun, 76},            // BPF_PROG_TEST_RUN
    {11, nullptr, kNextId, 12},            // BPF_PROG_GET_NEXT_ID
    {12, nullptr, kNextId, 12},            // BPF_MAP_GET_NEXT_ID
    {13, nullptr, kProgById, 12},          // BPF_PROG_GET_FD_BY_ID
    {14, nullptr, kMapById, 12},           // BPF_MAP_GET_FD_BY_ID
    {15, "info", kInfoByFd, 16},           // BPF_OBJ_GET_INFO_BY_FD
    {16, "query", kProgQuery, 28},         // BPF_PROG_QUERY
    {17, "raw_tracepoint", kRawTracepoint, 12},  // BPF_RAW_TRACEPOINT_OPEN
    {18, nullptr, kBtfLoad, 28},           // BPF_BTF_LOAD
    {19, nullptr, kBtfById, 4},            // BPF_BTF_GET_FD_BY_ID
    {20, "task_fd_query", kTaskFdQuery, 48},  // BPF_TASK_FD_QUERY
    {21, nullptr, kLookupElem, 32},        // BPF_MAP_LOOKUP_AND_DELETE_ELEM
    {22, nullptr, kMapFd, 4},              // BPF_MAP_FREEZE
    {23, nullptr, kNextId, 12},            // BPF_BTF_GET_NEXT_ID
    {24, "batch", kLookupBatch, 56},       // BPF_MAP_LOOKUP_BATCH
    {25, "batch", kLookupBatch, 56},       // BPF_MAP_LOOKUP_AND_DELETE_BATCH
    {26, "batch", kUpdateBatch, 56},       // BPF_MAP_UPDATE_BATCH
    {27, "batch", kDeleteBatch, 56},       // BPF_MAP_DELETE_BATCH
    {28, "link_create", kLinkCreate, 16},  // BPF_LINK_CREATE
    {29, "link_update", kLinkUpdate, 16},  // BPF_LINK_UPDATE (old_prog_fd, at 12, is not shown)
    {30, nullptr, kLinkById, 4},           // BPF_LINK_GET_FD_BY_ID
    {31, nullptr, kNextId, 12},            // BPF_LINK_GET_NEXT_ID
};

// BPF_LINK_CREATE's part after flags, by attach_type (offset 8), printed
// when the size reaches past 16.
struct LinkPart {
  uint32_t attach_type;
  const char* wrapper;  // "perf_event" → perf_event={...}, or nullptr: fields of link_create itself
  std::span<const AttrField> fields;
  uint32_t end;
  bool only_if_set = false;  // shown only when its first field is not zero
};
inline constexpr AttrField kTargetBtfId[] = {{"target_btf_id", 16, 4, Show::kU32}};
inline constexpr AttrField kIterInfo[] = {{"iter_info", 16, 8, Show::kArray}, {"iter_info_len", 24, 4, Show::kU32}};
inline constexpr AttrField kPerfEvent[] = {{"bpf_cookie", 16, 8, Show::kHex}};
inline constexpr AttrField kKprobeMulti[] = {
    {"flags", 16, 4, Show::kTable, "bpf_kprobe_multi_flags"}, {"cnt", 20, 4, Show::kU32}, {"syms", 24, 8, Show::kPtr},
    {"addrs", 32, 8, Show::kPtr}, {"cookies", 40, 8, Show::kPtr},
};
inline constexpr LinkPart kLinkParts[] = {
    {0, nullptr, kTargetBtfId, 20, true},         // strace 6.1 shows a set target_btf_id for attach type 0 only
    {28, nullptr, kIterInfo, 28},                 // BPF_TRACE_ITER
    {41, "perf_event", kPerfEvent, 24},           // BPF_PERF_EVENT
    {42, "kprobe_multi", kKprobeMulti, 48},       // BPF_TRACE_KPROBE_MULTI
};

}  // namespace lzp::cli::bpf
