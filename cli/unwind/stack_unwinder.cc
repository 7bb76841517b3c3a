// cli/unwind/stack_unwinder.cc — see stack_unwinder.h.
//
// libunwind's remote interface asks us, through unw_accessors_t, for
//   registers      — from the snapshot (rip, rsp and the callee-saved ones);
//   memory         — the stack from the snapshot, anything else from the ELF
//                    file mapped at that address (its .eh_frame and code);
//   procedure info — we find the file's .eh_frame_hdr and let libunwind's
//                    dwarf_search_unwind_table bisect it (remote-table form).
// libunwind itself is loaded on first use (libunwind_calls.h); without it
// every backtrace is "backtracing_error".
// Names come from our own symbol lookup (ElfImage::SymbolFor), done the way
// strace's libunwind back end reports them: nearest function symbol at or
// below the address; for callers, looked up at the return address minus one.
#include "cli/unwind/stack_unwinder.h"

#include <cxxabi.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "cli/unwind/libunwind_calls.h"
#include "tracer/capture_format.h"


namespace lzp::cli {
namespace {

constexpr int kMaxFrames = 256;  // strace's limit too

// What the callbacks see through libunwind's `arg`.
struct UnwindContext {
  const StackUnwinder* unwinder;
  pid_t pid;
  proto::StackSnapshot regs;
  std::string_view stack;  // bytes from regs.rsp up
  const uint64_t* call_args;  // a syscall's: rdi, rsi, rdx, r10, r8, r9 as it was made (or null)
};

const StackUnwinder::Mapping* ImageMappingFor(const UnwindContext* ctx, uint64_t address) {
  // Any mapping of a file whose image covers `address` (its non-executable
  // segments, holding .eh_frame, are not in the code maps).
  const auto* all = ctx->unwinder->MappingsOf(ctx->pid);
  if (all == nullptr) return nullptr;
  for (const auto& m : *all) {
    uint64_t vaddr = address - m.bias;
    uint8_t probe;
    if (m.image && m.image->Read(vaddr, &probe, 1)) return &m;
  }
  return nullptr;
}

int FindProcInfo(unw_addr_space_t as, unw_word_t ip, unw_proc_info_t* pi, int need_unwind_info, void* arg) {
  auto* ctx = static_cast<UnwindContext*>(arg);
  const StackUnwinder::Mapping* m = ctx->unwinder->MappingAt(ctx->pid, ip);
  if (m == nullptr || !m->image || !m->image->eh_frame_hdr()) return -UNW_ENOINFO;
  const ElfImage::EhFrameHdr& hdr = *m->image->eh_frame_hdr();
  unw_dyn_info_t di;
  std::memset(&di, 0, sizeof(di));
  di.format = UNW_INFO_FORMAT_REMOTE_TABLE;
  di.start_ip = m->image->text_start() + m->bias;
  di.end_ip = m->image->text_end() + m->bias;
  di.u.rti.segbase = hdr.vaddr + m->bias;
  di.u.rti.table_data = hdr.table_vaddr + m->bias;
  di.u.rti.table_len = hdr.fde_count * 8 / sizeof(unw_word_t);
  return Libunwind()->dwarf_search_unwind_table(as, ip, &di, pi, need_unwind_info, arg);
}

void PutUnwindInfo(unw_addr_space_t, unw_proc_info_t*, void*) {}

int GetDynInfoListAddr(unw_addr_space_t, unw_word_t*, void*) { return -UNW_ENOINFO; }

int AccessMem(unw_addr_space_t, unw_word_t addr, unw_word_t* value, int write, void* arg) {
  auto* ctx = static_cast<UnwindContext*>(arg);
  if (write) return -UNW_EINVAL;
  uint64_t rsp = ctx->regs.rsp;
  if (addr >= rsp && addr - rsp <= ctx->stack.size() && ctx->stack.size() - (addr - rsp) >= sizeof(*value)) {
    std::memcpy(value, ctx->stack.data() + (addr - rsp), sizeof(*value));
    return 0;
  }
  const StackUnwinder::Mapping* m = ImageMappingFor(ctx, addr);
  if (m != nullptr && m->image->Read(addr - m->bias, value, sizeof(*value))) return 0;
  return -UNW_EINVAL;
}

int AccessReg(unw_addr_space_t, unw_regnum_t reg, unw_word_t* value, int write, void* arg) {
  auto* ctx = static_cast<UnwindContext*>(arg);
  if (write) return -UNW_EINVAL;
  const proto::StackSnapshot& r = ctx->regs;
  switch (reg) {
    case UNW_X86_64_RIP: *value = r.rip; return 0;
    case UNW_X86_64_RSP: *value = r.rsp; return 0;
    case UNW_X86_64_RBP: *value = r.rbp; return 0;
    case UNW_X86_64_RBX: *value = r.rbx; return 0;
    case UNW_X86_64_R12: *value = r.r12; return 0;
    case UNW_X86_64_R13: *value = r.r13; return 0;
    case UNW_X86_64_R14: *value = r.r14; return 0;
    case UNW_X86_64_R15: *value = r.r15; return 0;
    default: break;
  }
  // A syscall's argument registers, as the call was made: code that keeps
  // its return address in one across the call (glibc's vfork pops it into
  // rdi, the child may overwrite the stack) unwinds through it.
  if (ctx->call_args == nullptr) return -UNW_EBADREG;
  switch (reg) {
    case UNW_X86_64_RDI: *value = ctx->call_args[0]; return 0;
    case UNW_X86_64_RSI: *value = ctx->call_args[1]; return 0;
    case UNW_X86_64_RDX: *value = ctx->call_args[2]; return 0;
    case UNW_X86_64_R10: *value = ctx->call_args[3]; return 0;
    case UNW_X86_64_R8: *value = ctx->call_args[4]; return 0;
    case UNW_X86_64_R9: *value = ctx->call_args[5]; return 0;
    default: return -UNW_EBADREG;
  }
}

int AccessFpreg(unw_addr_space_t, unw_regnum_t, unw_fpreg_t*, int, void*) { return -UNW_EBADREG; }
int Resume(unw_addr_space_t, unw_cursor_t*, void*) { return -UNW_EINVAL; }
int GetProcName(unw_addr_space_t, unw_word_t, char*, size_t, unw_word_t*, void*) { return -UNW_ENOINFO; }

// C++ names as strace prints them (it demangles with libiberty).
std::string Demangled(std::string_view name) {
  std::string raw(name);
  if (raw.rfind("_Z", 0) != 0) return raw;
  int status = 0;
  char* text = abi::__cxa_demangle(raw.c_str(), nullptr, nullptr, &status);
  if (status != 0 || text == nullptr) return raw;
  std::string out(text);
  std::free(text);
  return out;
}

unw_accessors_t kAccessors = {FindProcInfo, PutUnwindInfo, GetDynInfoListAddr, AccessMem,
                              AccessReg,    AccessFpreg,   Resume,             GetProcName};

}  // namespace

StackUnwinder::StackUnwinder() {
  const LibunwindCalls* unw = Libunwind();
  if (unw == nullptr) return;  // (every backtrace then says backtracing_error)
  unw_addr_space_t as = unw->create_addr_space(&kAccessors, 0);
  if (as != nullptr) unw->set_caching_policy(as, UNW_CACHE_NONE);
  address_space_ = as;
}

StackUnwinder::~StackUnwinder() {
  if (address_space_ != nullptr) Libunwind()->destroy_addr_space(static_cast<unw_addr_space_t>(address_space_));
}

std::shared_ptr<const ElfImage> StackUnwinder::Image(const std::string& path) {
  auto it = images_.find(path);
  if (it != images_.end()) return it->second;
  auto image = ElfImage::Open(path);
  images_.emplace(path, image);
  return image;
}

void StackUnwinder::SetCodeMaps(pid_t pid, std::string_view lines) {
  auto maps = std::make_shared<std::vector<Mapping>>();
  while (!lines.empty()) {
    size_t eol = lines.find('\n');
    std::string line(lines.substr(0, eol));
    lines.remove_prefix(eol == std::string_view::npos ? lines.size() : eol + 1);
    unsigned long long start, end, offset;
    int path_at = -1;
    if (std::sscanf(line.c_str(), "%llx-%llx %*4s %llx %*s %*u %n", &start, &end, &offset, &path_at) != 3 ||
        path_at < 0 || start >= end)
      continue;
    Mapping m{start, end, offset, line.substr(static_cast<size_t>(path_at)), nullptr, 0};
    if (m.path.empty() || m.path[0] != '/') continue;
    m.image = Image(m.path);
    if (m.image) {
      auto page_vaddr = m.image->PageVaddrForFileOffset(offset);
      if (page_vaddr) m.bias = start - *page_vaddr;
      else m.image = nullptr;
    }
    maps->push_back(std::move(m));
  }
  maps_[pid] = std::move(maps);
}

void StackUnwinder::CopyCodeMaps(pid_t from, pid_t to) {
  auto it = maps_.find(from);
  if (it != maps_.end()) maps_[to] = it->second;
}

const std::vector<StackUnwinder::Mapping>* StackUnwinder::MappingsOf(pid_t pid) const {
  auto it = maps_.find(pid);
  return it == maps_.end() ? nullptr : it->second.get();
}

const StackUnwinder::Mapping* StackUnwinder::MappingAt(pid_t pid, uint64_t address) const {
  const auto* all = MappingsOf(pid);
  if (all == nullptr) return nullptr;
  for (const Mapping& m : *all)
    if (address >= m.start && address < m.end) return &m;
  return nullptr;
}

std::string StackUnwinder::Backtrace(pid_t pid, std::string_view snapshot, bool exited, const uint64_t* call_args) {
  UnwindContext ctx{this, pid, {}, {}, call_args};
  if (address_space_ == nullptr || snapshot.size() < sizeof(ctx.regs)) return "\n > backtracing_error";
  std::memcpy(&ctx.regs, snapshot.data(), sizeof(ctx.regs));
  ctx.stack = snapshot.substr(sizeof(ctx.regs));
  unw_cursor_t cursor;
  if (Libunwind()->init_remote(&cursor, static_cast<unw_addr_space_t>(address_space_), &ctx) < 0)
    return "\n > backtracing_error";
  std::string out;
  for (int depth = 0;; ++depth) {
    if (depth == kMaxFrames) {
      out += "\n > too many stack frames";
      break;
    }
    unw_word_t ip;
    if (Libunwind()->get_reg(&cursor, UNW_REG_IP, &ip) < 0) break;
    const Mapping* m = MappingAt(pid, ip);
    if (m == nullptr) {
      out += fmt::format("\n > unexpected_backtracing_error [0x{:x}]", ip);
      break;
    }
    uint64_t file_offset = ip - m->start + m->file_offset;
    // A caller's frame holds a return address: name the call, one byte before.
    uint64_t lookup = depth > 0 && ip > 0 ? ip - 1 : ip;
    std::optional<ElfImage::Symbol> sym = m->image ? m->image->SymbolFor(lookup - m->bias) : std::nullopt;
    if (sym)
      out += fmt::format("\n > {}({}+0x{:x}) [0x{:x}]", m->path, Demangled(sym->name), sym->offset + (lookup != ip ? 1 : 0),
                         file_offset);
    else if (exited)  // strace's lookup fails otherwise once the process is gone
      out += fmt::format("\n > {}(+0x0) [0x{:x}]", m->path, file_offset);
    else
      out += fmt::format("\n > {}() [0x{:x}]", m->path, file_offset);
    if (Libunwind()->step(&cursor) <= 0) break;
  }
  return out;
}

}  // namespace lzp::cli
