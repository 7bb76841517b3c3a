// cli/injector/held_signal_info.h — a held signal keeps its siginfo.
//
// When lzptrace finds a task in a signal-delivery stop and must make it run
// something first (the interposer's start, its removal, a remote call), it
// holds the signal: the task is resumed with no signal, and the signal is
// given back when lzptrace finally resumes or detaches it. Given back that
// way from another stop (the int3 our code ends on), the kernel makes up
// its siginfo: si_code SI_USER, si_pid lzptrace's. The program would see a
// SIGCHLD "sent by lzptrace" instead of its child's exit.
//
// So KeepSignalInfo() reads the siginfo (PTRACE_GETSIGINFO) at the delivery
// stop where a signal is held, and PutBackSignalInfo() writes it into the
// task's current stop (PTRACE_SETSIGINFO) just before the resume or detach
// that delivers it: the kernel then delivers exactly the original siginfo.
// Kept per thread, forgotten at the first resume; the ptrace calls all come
// from the companion's thread, but the table is locked anyway.
#pragma once

#include <sys/types.h>

namespace lzp::cli::injector {

// `tid` is in a signal-delivery stop of a signal lzptrace holds.
void KeepSignalInfo(pid_t tid);

// `tid` is about to be resumed or detached with `sig` (0: none): the siginfo
// kept for it, if it is of `sig`, becomes its stop's. Forgets it either way.
void PutBackSignalInfo(pid_t tid, int sig);

}  // namespace lzp::cli::injector
