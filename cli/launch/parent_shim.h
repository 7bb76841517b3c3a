// cli/launch/parent_shim.h — a single-threaded parent for the program.
//
// With the ptrace companion, lzptrace has two threads (cli/companion/), and
// a program that asks something of its parent's thread group sees that:
// keyctl(KEYCTL_SESSION_TO_PARENT) answers EPERM when the parent is not
// single-threaded, where under strace (or untraced, from a shell) it works.
// So the launch forks twice: the middle process, a copy of lzptrace from
// before any thread started, forks the program, tells lzptrace its pid,
// closes every other fd (it must not hold the ring's or the wake pipe's),
// ignores the signals a terminal sends the whole group, and waits for the
// program as its parent. The companion seizes the program (its grandchild)
// as it seizes a child, and reaps it through ptrace; the kernel then hands
// the end to the middle process, which writes the wait status to lzptrace
// and exits. Without the companion (--no-ptrace), or with -D, there is no
// second thread and no middle process.
#pragma once

#include <sys/types.h>

namespace lzp::cli {

// In the middle process, after forking `program`: never returns.
[[noreturn]] void RunParentShim(pid_t program, int status_fd);

// In lzptrace: the program's pid, as the middle process wrote it to `fd`; -1 if it did not.
pid_t ReadProgramPid(int fd);

// The program's wait status, once the middle process has waited for it, and
// the middle process reaped. -1 if it could not say.
int WaitThroughShim(pid_t shim, int status_fd);

}  // namespace lzp::cli
