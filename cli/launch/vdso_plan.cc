// cli/launch/vdso_plan.cc — see vdso_plan.h.
//
// The vDSO is a small ELF image mapped by the kernel (AT_SYSINFO_EHDR); its
// section headers give the dynamic symbols. Every process on this kernel
// maps the same image, so the plan made here on our own copy holds for the
// tracees, which check the image's size and hash before applying it. A plan
// made once is kept for the next starts (vdso_plan_cache.h), and libZydis
// is loaded only to make one (zydis_calls.h).
// Instructions are decoded without their operands (ZydisDecoderDecodeInstruction
// with no context): the raw immediate and displacement fields, the
// attributes and the category are all the plan reads, and operand decoding
// was most of the plan's cost at each start.
#include "cli/launch/vdso_plan.h"

#include "cli/launch/vdso_plan_cache.h"
#include "cli/launch/zydis_calls.h"

#include <Zydis/Zydis.h>
#include <elf.h>
#include <sys/auxv.h>

#include <cstring>

namespace lzp::cli {
namespace {

struct Named { const char* symbol; proto::VdsoFunction function; };
const Named kFunctions[] = {
    {"__vdso_clock_gettime", proto::kClockGettime}, {"__vdso_gettimeofday", proto::kGettimeofday},
    {"__vdso_time", proto::kTime},                  {"__vdso_clock_getres", proto::kClockGetres},
    {"__vdso_getcpu", proto::kGetcpu},              {"__vdso_getrandom", proto::kGetrandom},
};

constexpr unsigned kJumpBytes = 5;  // jmp rel32

// Appends a rel32 field pointing at vDSO offset `target` to the plan's code.
bool AddRel32(proto::VdsoHookPlan* out, std::initializer_list<uint8_t> opcode, int64_t target) {
  if (out->code_length + opcode.size() + 4 > sizeof(out->code) || out->fixup_count == 4) return false;
  for (uint8_t b : opcode) out->code[out->code_length++] = b;
  proto::VdsoFixup& f = out->fixups[out->fixup_count++];
  f.field_offset = out->code_length;
  out->code_length += 4;
  f.insn_end = out->code_length;
  f.target = target;
  return true;
}

// Plans one function at `offset` of `size` bytes; false if it cannot be moved.
// The displaced instructions are re-emitted for the trampoline: plain ones as
// they are, RIP-relative ones with their displacement as a fixup, short and
// long branches as their rel32 forms; then a jmp back to the rest.
bool PlanFunction(const ZydisCalls& zydis, const ZydisDecoder& decoder, const uint8_t* image, uint64_t image_size,
                  uint32_t offset, uint64_t size, proto::VdsoHookPlan* out) {
  if (offset + size > image_size || size < kJumpBytes) return false;
  *out = {};
  out->function_offset = offset;
  ZydisDecodedInstruction insn;
  uint32_t at = 0;
  while (at < kJumpBytes) {
    const uint8_t* bytes = image + offset + at;
    if (ZYAN_FAILED(zydis.decode_instruction(&decoder, nullptr, bytes, size - at, &insn))) return false;
    int64_t next = static_cast<int64_t>(offset + at + insn.length);
    if (insn.raw.imm[0].is_relative) {  // a branch: re-emit in its rel32 form
      int64_t target = next + insn.raw.imm[0].value.s;
      bool ok;
      if (insn.mnemonic == ZYDIS_MNEMONIC_JMP) ok = AddRel32(out, {0xe9}, target);
      else if (insn.mnemonic == ZYDIS_MNEMONIC_CALL) ok = AddRel32(out, {0xe8}, target);
      else if (insn.meta.category == ZYDIS_CATEGORY_COND_BR && insn.opcode_map == ZYDIS_OPCODE_MAP_DEFAULT &&
               insn.opcode >= 0x70 && insn.opcode <= 0x7f)
        ok = AddRel32(out, {0x0f, static_cast<uint8_t>(0x80 + (insn.opcode - 0x70))}, target);
      else if (insn.meta.category == ZYDIS_CATEGORY_COND_BR && insn.opcode_map == ZYDIS_OPCODE_MAP_0F)
        ok = AddRel32(out, {0x0f, insn.opcode}, target);
      else
        return false;  // loop/jrcxz and the like
      if (!ok) return false;
    } else {
      if (out->code_length + insn.length > sizeof(out->code)) return false;
      uint8_t start = out->code_length;
      std::memcpy(out->code + start, bytes, insn.length);
      out->code_length += insn.length;
      if (insn.attributes & ZYDIS_ATTRIB_IS_RELATIVE) {  // RIP-relative memory operand
        if (insn.raw.disp.size != 32 || out->fixup_count == 4) return false;
        proto::VdsoFixup& f = out->fixups[out->fixup_count++];
        f.field_offset = static_cast<uint8_t>(start + insn.raw.disp.offset);
        f.insn_end = out->code_length;
        f.target = next + insn.raw.disp.value;
      }
    }
    at += insn.length;
  }
  out->displaced = static_cast<uint8_t>(at);
  if (!AddRel32(out, {0xe9}, offset + at)) return false;  // back to the rest of the function
  // Nothing in the function may branch into the bytes we replace.
  for (uint32_t pc = 0; pc < size;) {
    if (ZYAN_FAILED(zydis.decode_instruction(&decoder, nullptr, image + offset + pc, size - pc, &insn))) {
      ++pc;  // padding or data: step over it
      continue;
    }
    if (insn.raw.imm[0].is_relative) {
      int64_t target = static_cast<int64_t>(pc + insn.length) + insn.raw.imm[0].value.s;
      if (target > 0 && target < static_cast<int64_t>(out->displaced)) return false;
    }
    pc += insn.length;
  }
  return true;
}

}  // namespace

std::string PlanVdsoHooks(proto::VdsoPlan* plan, const std::string& keep_dir) {
  *plan = {};
  auto* image = reinterpret_cast<const uint8_t*>(getauxval(AT_SYSINFO_EHDR));
  if (image == nullptr) return "lzptrace: no vDSO in this process: vDSO calls are not traced";
  const auto* eh = reinterpret_cast<const Elf64_Ehdr*>(image);
  const auto* ph = reinterpret_cast<const Elf64_Phdr*>(image + eh->e_phoff);
  uint64_t size = 0;
  for (int i = 0; i < eh->e_phnum; ++i)
    if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > size) size = ph[i].p_vaddr + ph[i].p_memsz;
  size = (size + 4095) & ~uint64_t{4095};  // the kernel maps the whole image, section headers included
  const uint64_t hash = proto::Fnv1a(image, size);
  if (!keep_dir.empty() && LoadKeptVdsoPlan(keep_dir, size, hash, plan)) return "";
  if (eh->e_shoff == 0 || eh->e_shoff + uint64_t{eh->e_shnum} * sizeof(Elf64_Shdr) > size)
    return "lzptrace: the vDSO has no section headers: vDSO calls are not traced";
  const auto* sh = reinterpret_cast<const Elf64_Shdr*>(image + eh->e_shoff);
  const Elf64_Sym* syms = nullptr;
  const char* strings = nullptr;
  uint64_t count = 0;
  for (int i = 0; i < eh->e_shnum; ++i)
    if (sh[i].sh_type == SHT_DYNSYM && sh[i].sh_link < eh->e_shnum) {
      syms = reinterpret_cast<const Elf64_Sym*>(image + sh[i].sh_offset);
      count = sh[i].sh_size / sizeof(Elf64_Sym);
      strings = reinterpret_cast<const char*>(image + sh[sh[i].sh_link].sh_offset);
    }
  if (syms == nullptr) return "lzptrace: the vDSO has no symbols: vDSO calls are not traced";
  const ZydisCalls* zydis = Zydis();
  if (zydis == nullptr) return "lzptrace: vDSO calls are not traced";
  ZydisDecoder decoder;
  zydis->decoder_init(&decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
  plan->image_size = size;
  plan->image_hash = hash;
  for (const Named& fn : kFunctions)
    for (uint64_t i = 0; i < count; ++i)
      if (std::strcmp(strings + syms[i].st_name, fn.symbol) == 0 && syms[i].st_value != 0 &&
          PlanFunction(*zydis, decoder, image, size, static_cast<uint32_t>(syms[i].st_value), syms[i].st_size,
                       &plan->hooks[plan->count])) {
        plan->hooks[plan->count++].function = fn.function;
        break;
      }
  if (plan->count == 0) return "lzptrace: no vDSO function could be hooked: vDSO calls are not traced";
  if (!keep_dir.empty()) KeepVdsoPlan(keep_dir, *plan);
  return "";
}

}  // namespace lzp::cli
