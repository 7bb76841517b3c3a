// tracer/capture_netlink.cc — strace decodes what sendto and sendmsg send
// and what recvfrom and recvmsg receive on a netlink socket as netlink
// messages (headers, then each payload by the socket's protocol), so for
// such a socket the interposer notes the protocol (proto::kNetlinkArg) and
// copies the buffer (each iovec's, for the msg calls and sendmmsg; strace
// 6.1 prints recvmmsg's as plain bytes) up to
// proto::kNetlinkMessageMax bytes rather than -s. Whether the fd is one comes
// from the fd-kind cache (fd_kinds.cc), which learns it from the calls that
// made the fd; only for an fd it knows nothing about is the kernel asked
// (getsockname's family, then SO_PROTOCOL for a netlink socket), and for a
// netlink socket that may have been bound since, getsockname alone; what it
// answers is remembered. A socket without a port id (not bound, nothing
// sent yet) is noted as kNetlinkUnbound: strace finds sockets by their port
// id and cannot tell that one's protocol. Raw syscalls only; nothing is
// allocated.
#include <errno.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "tracer/capture_writer.h"
#include "tracer/fd_kinds.h"
#include "tracer/raw_syscall.h"

namespace lzp::capture {
namespace {

using fd_kinds::Entry;
using fd_kinds::Kind;

constexpr int32_t kNotNetlink = -2;

// The port id the socket has (0: none), or -1 if the fd is not a netlink
// socket, or the negative errno of getsockname.
long NetlinkPortOf(int fd) {
  sockaddr_nl address{};
  socklen_t length = sizeof(address);
  long r = Sys(SYS_getsockname, fd, &address, &length);
  if (r != 0) return r;
  return address.nl_family == AF_NETLINK ? static_cast<long>(address.nl_pid) : -1;
}

int32_t NoteOf(Entry e) {
  switch (e.kind) {
    case Kind::kNetlinkBound: return e.protocol;
    case Kind::kNetlinkUnbound: return proto::kNetlinkUnbound;
    default: return kNotNetlink;
  }
}

// Asks the kernel what `fd` is and tells the cache.
int32_t Ask(int fd, Entry cached, const fd_kinds::Ticket& ticket) {
  long port = NetlinkPortOf(fd);
  if (port == -ENOTSOCK || port == -1) {
    fd_kinds::Learn(ticket, {Kind::kNotNetlink, 0});
    return kNotNetlink;
  }
  if (port < 0) return kNotNetlink;  // not open (EBADF): nothing to remember
  Kind binding = port != 0 ? Kind::kNetlinkBound : Kind::kNetlinkUnbound;
  if (cached.kind == Kind::kNetlinkMaybeBound) {  // the protocol is known: only the port id was in doubt
    fd_kinds::Learn(ticket, {binding, cached.protocol});
    return NoteOf({binding, cached.protocol});
  }
  int value = 0;
  socklen_t size = sizeof(value);
  if (Sys(SYS_getsockopt, fd, SOL_SOCKET, SO_PROTOCOL, &value, &size) != 0 || value < 0 || value > 0xff)
    return proto::kNetlinkUnbound;
  fd_kinds::Learn(ticket, {binding, static_cast<uint8_t>(value)});
  return NoteOf({binding, static_cast<uint8_t>(value)});
}

// The netlink protocol of `fd`, kNetlinkUnbound, or kNotNetlink.
int32_t NetlinkNoteOf(int fd) {
  fd_kinds::Ticket ticket;
  Entry cached = fd_kinds::Lookup(CurrentThread(), fd, &ticket);
  if (cached.kind == Kind::kUnknown || cached.kind == Kind::kNetlinkMaybeBound) return Ask(fd, cached, ticket);
  return NoteOf(cached);
}

}  // namespace

uint64_t NetlinkBufferLimit(Writer& w, const EntryFrame* f, uint8_t phase, uint64_t usual) {
  bool decoded = ((f->nr == SYS_sendto || f->nr == SYS_sendmsg || f->nr == SYS_sendmmsg) && phase == proto::kAtEntry) ||
                 ((f->nr == SYS_recvfrom || f->nr == SYS_recvmsg) && phase == proto::kAtExit);  // not recvmmsg's: strace 6.1 shows its bytes
  if (!decoded || f->rdi > 0x7fffffff || w.Room() < sizeof(CaptureChunk) + 8) return usual;
  int32_t protocol = NetlinkNoteOf(static_cast<int>(f->rdi));
  if (protocol == kNotNetlink) return usual;
  CaptureChunk* c = w.Begin(proto::kNetlinkArg, phase);
  __builtin_memcpy(w.Data(c), &protocol, sizeof(protocol));
  w.End(c, sizeof(protocol), 0);
  return usual > proto::kNetlinkMessageMax ? usual : proto::kNetlinkMessageMax;
}

}  // namespace lzp::capture
