// cli/injector/static_start.h — starting the interposer in a program the
// dynamic loader never starts (statically linked: glibc -static, Go, musl,
// busybox), so that it is traced in-process, at full speed, like any other.
//
// The ptrace companion calls this at the exit stop of the execve that
// started the static image, before the program's first instruction: the
// interposer is mapped, relocated and started in it by an InterposerLoader
// (interposer_loader.h), which says how. The program then starts at its
// entry point with every syscall of its own caught, and its environment,
// fds and stack contents as they were. Its memory map shows the
// interposer's mappings, as a dynamic program's does.
//
// What fails before the constructor runs is undone (mappings, fds) and
// reported: the caller falls back to syscall stops, and says so.
#pragma once

#include <sys/types.h>

#include <string>

#include "cli/injector/interposer_loader.h"

namespace lzp::cli::injector {

// Is the image `tid` has just exec'd a 64-bit x86 program without PT_INTERP?
bool IsStaticImage(pid_t tid);

StartOutcome StartInterposer(pid_t tid, const InterposerImage& image, const std::string& interposer_path,
                             const proto::RingControl& ring);

}  // namespace lzp::cli::injector
