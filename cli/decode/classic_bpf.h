// cli/decode/classic_bpf.h — a struct sock_fprog (a classic BPF program) as
// strace prints it: "{len=2, filter=0x...}", and under -v its instructions
// as BPF_STMT/BPF_JUMP macros (cli/decode/classic_bpf.cc), from the chunks
// tracer/fprog_transfers.h describes. Shared by setsockopt's socket
// filters and seccomp's and prctl's seccomp filters.
#pragma once

#include <cstdint>
#include <string>

namespace lzp::cli {

struct CallContext;

enum class FilterKind { kSocket, kSeccomp };  // how an instruction's k reads: SKF_* offsets, SECCOMP_RET_* actions

// The program at `ptr` (the argument), or its address when it was not copied.
std::string FormatFprog(const CallContext& c, uint64_t ptr, FilterKind kind);
// getsockopt(SO_GET_FILTER)'s answer under -v: the `count` instructions the
// kernel wrote at `ptr` ("[BPF_STMT(...), ...]"), or the address.
std::string FormatFilterAnswer(const CallContext& c, uint64_t ptr, uint32_t count);

}  // namespace lzp::cli
