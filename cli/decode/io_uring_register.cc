// cli/decode/io_uring_register.cc — io_uring_register(fd, opcode, arg,
// nr_args)'s argument by opcode, as strace 6.1 prints it, from what
// tracer/io_uring_transfers.h has the interposer and the companion copy
// (argument 2; a struct's own array as kIoUringInnerArg, its tags as
// kIoUringTagsArg):
//   BUFFERS            [{iov_base=0x..., iov_len=4096}, ...]
//   FILES, EVENTFD(_ASYNC)  [4, -1]
//   FILES_UPDATE       {offset=1, fds=[4]}  (resv=0x.. when set)
//   RESTRICTIONS       [{opcode=IORING_RESTRICTION_SQE_OP, sqe_op=IORING_OP_NOP}, ...]
//   FILES2, BUFFERS2   {nr=2, flags=0, data=[-1, -1], tags=NULL}
//   FILES_UPDATE2, BUFFERS_UPDATE  {offset=0, data=[...], tags=NULL, nr=2}
//   IOWQ_AFF           the CPU mask of nr_args bytes: [0 2]
//   IOWQ_MAX_WORKERS   [[IO_WQ_BOUND]=0, [IO_WQ_UNBOUND]=0] => [...] (the
//                      counts written back; a failed call's address)
//   (UN)REGISTER_RING_FDS  [{offset=-1, data=3}] (unregister's data in hex)
//   PROBE              {last_op=..., ops_len=4, ops=[{op=..., flags=...}, ...]} after a success
//   (UN)REGISTER_PBUF_RING  {ring_addr=0x..., ring_entries=8, bgid=3}
// Arrays follow strace's print_array: NULL, [] for no elements, at most -s
// elements (all under -v), "... /* address */" where memory ended, the
// address alone when the first element cannot be read. Other opcodes'
// argument is its address. Not shown: -y's paths of the fds in arrays.
#include <fmt/format.h>

#include "cli/decode/ioctl_structs.h"
#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/io_uring_transfers.h"

namespace lzp::cli {
namespace {

using Element = std::function<std::string(std::string_view)>;

std::string Array(const Capture* cap, uint64_t address, uint64_t count, size_t size, const FormatOptions& o,
                  const Element& element) {
  if (address == 0) return "NULL";
  return FormatTailArray(cap, address, count, size, o.verbose ? ~uint64_t{0} : o.string_limit, element);
}

std::string Fd(std::string_view b) { return fmt::format("{}", Field<int32_t>(b, 0)); }
std::string Iovec(std::string_view b) {
  return fmt::format("{{iov_base={}, iov_len={}}}", Pointer(Field<uint64_t>(b, 0)), Field<uint64_t>(b, 8));
}
std::string Tag(std::string_view b) { return Hex(Field<uint64_t>(b, 0)); }

// An opcode by name; one this table does not know in decimal, with strace's comment.
std::string OpName(uint8_t op) {
  const char* name = EnumName("io_uring_op", op);
  std::string number = fmt::format("{}", op);
  return name != nullptr ? StyledConstant(number, name) : UnknownConstant(number, "IORING_OP_???");
}

std::string Probe(std::string_view b, const FormatOptions& o) {
  uint8_t ops_len = Field<uint8_t>(b, 1);
  std::string_view ops = b.substr(proto::kIoUringProbeHeader);
  ops = ops.substr(0, std::min<size_t>(ops.size(), size_t{ops_len} * proto::kIoUringProbeOp));
  return fmt::format("{{last_op={}, ops_len={}, ops={}}}", OpName(Field<uint8_t>(b, 0)), ops_len,
                     FormatArray(ops, proto::kIoUringProbeOp, o, [](std::string_view op) {
                       return fmt::format("{{op={}, flags={}}}", OpName(Field<uint8_t>(op, 0)),
                                          FormatFlags("io_uring_op_flags", Field<uint16_t>(op, 2)));
                     }));
}

// struct io_uring_restriction (16 bytes): u16 opcode, a byte whose meaning
// the opcode gives, u8 resv, u32 resv2[3].
// A reserved array shown when any of it is set: "[0, 0x9, 0]", at most -s
// elements (all under -v).
std::string Reserved(std::string_view b, size_t size, const FormatOptions& o) {
  if (b.find_first_not_of('\0') == std::string_view::npos) return "";
  return FormatArray(b, size, o, [size](std::string_view e) { return Hex(size == 8 ? Field<uint64_t>(e, 0) : Field<uint32_t>(e, 0)); });
}

std::string Restriction(std::string_view b, const FormatOptions& o) {
  enum : uint16_t { kRegisterOp = 0, kSqeOp = 1, kSqeFlagsAllowed = 2, kSqeFlagsRequired = 3 };
  uint16_t opcode = Field<uint16_t>(b, 0);
  uint8_t value = Field<uint8_t>(b, 2);
  std::string out = "{opcode=" + FormatFlags("io_uring_restriction", opcode);
  if (opcode == kRegisterOp) {
    out += ", register_op=" + FormatFlags("io_uring_register", value);
  } else if (opcode == kSqeOp) {
    const char* name = EnumName("io_uring_op", value);
    out += ", sqe_op=" + (name != nullptr ? StyledConstant(Hex(value), name) : UnknownConstant(Hex(value), "IORING_OP_???"));
  } else if (opcode == kSqeFlagsAllowed || opcode == kSqeFlagsRequired) {
    out += ", sqe_flags=" + FormatFlags("io_uring_sqe_flags", value);
  } else {
    out += " /* op: " + Hex(value) + " */";
  }
  if (uint8_t resv = Field<uint8_t>(b, 3)) out += ", resv=" + Hex(resv);
  if (std::string resv2 = Reserved(b.substr(4, 12), 4, o); !resv2.empty()) out += ", resv2=" + resv2;
  return out + "}";
}

// struct io_uring_rsrc_update (16 bytes): u32 offset, u32 resv, u64 data
// (the ring's fd to register, or the registered offset to drop).
std::string RingFd(std::string_view b, bool registering) {
  std::string out = fmt::format("{{offset={}", Field<int32_t>(b, 0));
  if (uint32_t resv = Field<uint32_t>(b, 4)) out += ", resv=" + Hex(resv);
  uint64_t data = Field<uint64_t>(b, 8);
  return out + ", data=" + (registering ? fmt::format("{}", static_cast<int32_t>(data)) : Hex(data)) + "}";
}

// IOWQ_MAX_WORKERS' counts, each by its index: [[IO_WQ_BOUND]=4, ...].
std::string WorkerCounts(const Capture* cap, uint64_t address, uint64_t count, const FormatOptions& o) {
  size_t index = 0;
  return Array(cap, address, count, 4, o, [&index](std::string_view b) {
    std::string number = fmt::format("{}", index);
    const char* name = EnumName("io_uring_iowq_acct", index++);
    std::string label = name != nullptr ? StyledConstant(number, name) : UnknownConstant(number, "IO_WQ_???");
    return fmt::format("[{}]={}", label, Field<uint32_t>(b, 0));
  });
}

// struct io_uring_buf_reg: u64 ring_addr, u32 ring_entries, u16 bgid, u16
// pad, u64 resv[3] (pad and resv shown when set).
std::string BufReg(std::string_view b, const FormatOptions& o) {
  std::string out = "{ring_addr=" + Pointer(Field<uint64_t>(b, 0)) +
                    fmt::format(", ring_entries={}, bgid={}", Field<uint32_t>(b, 8), Field<uint16_t>(b, 12));
  if (uint16_t pad = Field<uint16_t>(b, 14)) out += ", pad=" + Hex(pad);
  if (std::string resv = Reserved(b.substr(16, 24), 8, o); !resv.empty()) out += ", resv=" + resv;
  return out + "}";
}

const Capture* Copied(const CallContext& c, int arg, uint8_t phase = proto::kAtEntry) { return c.captures.Find(arg, phase); }

// The struct of FILES_UPDATE, FILES2/BUFFERS2 and FILES_UPDATE2/BUFFERS_UPDATE.
std::string RsrcStruct(const CallContext& c, uint32_t opcode, std::string_view b) {
  const FormatOptions& o = c.options;
  proto::IoUringInner inner = proto::IoUringInnerOf(opcode, c.rec.args[3], reinterpret_cast<const uint8_t*>(b.data()),
                                                    static_cast<uint32_t>(b.size()));
  bool files = opcode == proto::kIoringRegisterFilesUpdate || opcode == proto::kIoringRegisterFiles2 ||
               opcode == proto::kIoringRegisterFilesUpdate2;
  auto data = [&](uint64_t address) {
    return Array(Copied(c, proto::kIoUringInnerArg), address, inner.count, files ? 4 : 16, o, files ? Element(Fd) : Element(Iovec));
  };
  auto tags = [&](uint64_t address) {
    return Array(inner.tags != 0 ? Copied(c, proto::kIoUringTagsArg) : nullptr, address, inner.count, 8, o, Tag);
  };
  if (opcode == proto::kIoringRegisterFilesUpdate) {
    std::string out = fmt::format("{{offset={}", Field<uint32_t>(b, 0));
    if (uint32_t resv = Field<uint32_t>(b, 4)) out += ", resv=" + Hex(resv);
    return out + ", fds=" + data(Field<uint64_t>(b, 8)) + "}";
  }
  if (opcode == proto::kIoringRegisterFiles2 || opcode == proto::kIoringRegisterBuffers2) {
    std::string out = fmt::format("{{nr={}, flags={}", Field<uint32_t>(b, 0), FormatFlags("io_uring_rsrc_flags", Field<uint32_t>(b, 4)));
    if (uint64_t resv2 = Field<uint64_t>(b, 8)) out += ", resv2=" + Hex(resv2);
    return out + ", data=" + data(Field<uint64_t>(b, 16)) + ", tags=" + tags(Field<uint64_t>(b, 24)) + "}";
  }
  std::string out = fmt::format("{{offset={}", Field<uint32_t>(b, 0));
  if (uint32_t resv = Field<uint32_t>(b, 4)) out += ", resv=" + Hex(resv);
  out += ", data=" + data(Field<uint64_t>(b, 8)) + ", tags=" + tags(Field<uint64_t>(b, 16)) +
         fmt::format(", nr={}", Field<uint32_t>(b, 24));
  if (uint32_t resv2 = Field<uint32_t>(b, 28)) out += ", resv2=" + Hex(resv2);
  return out + "}";
}

std::string Argument(const CallContext& c, uint32_t opcode) {
  uint64_t address = c.rec.args[2], count = static_cast<uint32_t>(c.rec.args[3]);
  const FormatOptions& o = c.options;
  const Capture* in = Copied(c, 2);
  switch (opcode) {
    case proto::kIoringRegisterBuffers: return Array(in, address, count, 16, o, Iovec);
    case proto::kIoringRegisterFiles: case proto::kIoringRegisterEventfd: case proto::kIoringRegisterEventfdAsync:
      return Array(in, address, count, 4, o, Fd);
    case proto::kIoringRegisterRestrictions:
      return Array(in, address, count, 16, o, [&o](std::string_view b) { return Restriction(b, o); });
    case proto::kIoringRegisterRingFds: case proto::kIoringUnregisterRingFds: {
      bool registering = opcode == proto::kIoringRegisterRingFds;
      return Array(in, address, count, 16, o, [registering](std::string_view b) { return RingFd(b, registering); });
    }
    case proto::kIoringRegisterIowqAff: {
      if (address == 0) return "NULL";
      if (count == 0) return "[]";
      if (in == nullptr || in->faulted()) return Pointer(address);
      return FormatStruct("cpuset", in->data, o).value_or(Pointer(address));
    }
    case proto::kIoringRegisterIowqMaxWorkers: {
      std::string out = WorkerCounts(in, address, count, o);
      if (count == 0 || address == 0 || out.empty() || out[0] != '[') return out;  // nothing read: nothing written back shown
      const Capture* back = c.failed() ? nullptr : Copied(c, 2, proto::kAtExit);
      return out + " => " + (back != nullptr ? WorkerCounts(back, address, count, o) : Pointer(address));
    }
    case proto::kIoringRegisterFilesUpdate: case proto::kIoringRegisterFiles2: case proto::kIoringRegisterBuffers2:
    case proto::kIoringRegisterFilesUpdate2: case proto::kIoringRegisterBuffersUpdate: {
      if (in == nullptr || in->faulted() || in->data.empty()) return Pointer(address);
      return RsrcStruct(c, opcode, in->data);
    }
    case proto::kIoringRegisterPbufRing: case proto::kIoringUnregisterPbufRing: {
      if (in == nullptr || in->faulted() || in->data.size() < proto::kIoUringBufRegSize) return Pointer(address);
      return BufReg(in->data, o);
    }
    case proto::kIoringRegisterProbe: {
      const Capture* probe = c.failed() ? nullptr : Copied(c, 2, proto::kAtExit);
      if (probe != nullptr && !probe->faulted() && probe->data.size() >= proto::kIoUringProbeHeader) return Probe(probe->data, o);
      return Pointer(address);
    }
  }
  return Pointer(address);
}

std::vector<std::string> Register(const CallContext& c) {
  std::vector<std::string> out = {FormatArgument(c, 0), FormatArgument(c, 1), FormatArgument(c, 2), FormatArgument(c, 3)};
  if (c.options.structs) out[2] = Argument(c, static_cast<uint32_t>(c.rec.args[1]));
  return out;
}

}  // namespace

const ArgumentsDecoder kIoUringRegisterArguments = Register;

}  // namespace lzp::cli
