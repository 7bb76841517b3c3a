// tracer/fd_kinds.h — what the interposer knows about each of the process's
// fds without asking the kernel: netlink with its protocol (bound or not),
// not netlink, or unknown. How it is learnt and forgotten, and why a stale
// entry can only change how a call is decoded: fd_kinds.cc.
#pragma once

#include <cstdint>

#include "tracer/thread_state.h"

namespace lzp::fd_kinds {

enum class Kind : uint8_t {
  kUnknown = 0,
  kNotNetlink,
  kNetlinkUnbound,     // no port id yet: strace cannot tell its protocol
  kNetlinkBound,       // has a port id (for good: netlink sockets never lose it)
  kNetlinkMaybeBound,  // a call that may have bound it ran: ask getsockname once
};

// What the cache says about `fd`, and the ticket a later Learn needs (so
// that what it learns is dropped if the fd was forgotten meanwhile).
struct Ticket { uint64_t before, epoch; int fd; bool usable; };
struct Entry { Kind kind; uint8_t protocol; };
Entry Lookup(const ThreadState* ts, int fd, Ticket* ticket);
// Records what the kernel said about the fd since Lookup handed the ticket.
void Learn(const Ticket& ticket, Entry entry);

// Does the cache follow syscall nr (one that closes, makes, dups or binds
// fds, or says which table they are in)? A byte per number, filled on first
// use (racing threads write the same bytes): the entry path's only cost for
// the other calls.
extern uint8_t g_followed[512];
extern bool g_followed_ready;
void FillFollowed();
inline bool Follows(uint64_t nr) {
  if (!__atomic_load_n(&g_followed_ready, __ATOMIC_ACQUIRE)) FillFollowed();
  return nr < 512 && g_followed[nr] != 0;
}

// Called for every syscall it follows that the entry path sees: before it
// runs (after its capture) and, when it has an exit, after it ran (before
// its capture).
void AtEntry(ThreadState* ts, const EntryFrame* f, uint32_t level);
void AtExit(ThreadState* ts, const EntryFrame* f, uint32_t level, int64_t ret);
// Must this call's exit run (not bare) so that the cache learns from it?
// Only while some call that decodes netlink messages is shown.
bool WantsExit(const EntryFrame* f);
// clone/clone3/fork/vfork, before the call: what the child may use.
void BeforeClone(const ThreadState* parent, ThreadState* child, uint64_t flags, bool child_traced);

}  // namespace lzp::fd_kinds
