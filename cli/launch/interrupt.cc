// cli/launch/interrupt.cc — strace's -I (see interrupt.h).
#include "cli/launch/interrupt.h"

#include <pthread.h>
#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <set>

namespace lzp::cli {

volatile sig_atomic_t g_fatal_signal = 0;

namespace {

constexpr int kCaught[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM};

// SIGPIPE is blocked only at 3 and 4: at 1 and 2 it is left at its default,
// because the one lzptrace meets is its own write's (the output's reader
// has gone), directed at the thread that wrote, which is not the one that
// catches the others; it ends lzptrace there, and the tracees go on
// untraced (the interposer sees its reader gone).
sigset_t FatalSet(int interruptible) {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : kCaught) sigaddset(&set, sig);
  if (interruptible >= 3) sigaddset(&set, SIGPIPE);
  if (interruptible >= 4) sigaddset(&set, SIGTSTP);
  return set;
}

}  // namespace

void BlockFatalSignals(int interruptible) {
  sigset_t set = FatalSet(interruptible);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

bool CatchFatalSignals(int interruptible) {
  if (interruptible > 2) return false;
  struct sigaction note = {};
  note.sa_handler = [](int sig) { g_fatal_signal = sig; };  // no SA_RESTART: the wait returns EINTR
  sigemptyset(&note.sa_mask);
  for (int sig : kCaught) sigaction(sig, &note, nullptr);
  sigset_t set = FatalSet(interruptible);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  return true;
}

void SayTasksDetached(const proto::RingControl* ring) {
  auto* slots = reinterpret_cast<const proto::InflightSlot*>(reinterpret_cast<const uint8_t*>(ring) + proto::kInflightOffset);
  uint32_t count = std::min(ring->inflight_next.load(std::memory_order_acquire), proto::kInflightSlots);
  std::set<pid_t> alive;
  for (uint32_t i = 0; i < count; ++i) {
    auto tid = static_cast<pid_t>(slots[i].owner_tid.load(std::memory_order_acquire));
    if (tid > 0 && (kill(tid, 0) == 0 || errno == EPERM)) alive.insert(tid);
  }
  for (pid_t tid : alive) std::fprintf(stderr, "lzptrace: Process %d detached\n", tid);
}

}  // namespace lzp::cli
