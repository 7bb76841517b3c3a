// tracer/page_zero.h — keeping page 0 invisible to the kernel.
//
// The zpoline trampoline makes page 0 a real mapping, so a syscall that
// passes a NULL or tiny pointer the kernel follows (write(fd, NULL, 5),
// open(NULL)) would read our trampoline instead of failing with EFAULT. When
// an argument of that kind points into page 0, the entry path closes the page
// (PROT_NONE) around the syscall. Meanwhile another thread's rewritten site
// faults on the closed page; the SIGSEGV handler recognises the `call *%rax`
// and resumes it at lzp_zpoline_entry, so nothing is lost, only slower.
#pragma once

#include <signal.h>

#include <cstdint>

#include "tracer/hooks.h"
#include "tracer/thread_state.h"

namespace lzp {

// Would this syscall make the kernel read or write page 0?
bool PointsIntoPageZero(const EntryFrame* f);
// Could a call of this number make it, whatever its arguments? (false: it
// takes no pointer, and no argument the kernel reads even when NULL)
bool MayReachPageZero(uint64_t nr);
void ClosePageZero();
void ReopenPageZero();
// For the SIGSEGV handler: true (and the context redirected to the zpoline
// entry) if this fault is a rewritten site's `call *%rax` that did not reach
// the sled: page 0 closed, past the sled (a number above 512 faults there,
// see zpoline.cc), or a number that is no address of page 0 at all
// (syscall(-1), x32 numbers), where the jump itself faults.
bool ResumeCallIntoClosedPageZero(ucontext_t* uc, const siginfo_t* info);

}  // namespace lzp

namespace lzp {

// mmap, munmap, mprotect and mremap may not take page 0 away from the
// trampoline: the application is answered as if vm.mmap_min_addr were 4096.
extern const SyscallHook kPageZeroMappingHook;

}  // namespace lzp
