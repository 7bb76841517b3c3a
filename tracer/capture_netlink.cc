// tracer/capture_netlink.cc — strace decodes what sendto and sendmsg send
// and what recvfrom and recvmsg receive on a netlink socket as netlink
// messages (headers, then each payload by the socket's protocol), so for
// such a socket the interposer notes the protocol (proto::kNetlinkArg) and
// copies the buffer (each iovec's, for the msg calls) up to
// proto::kNetlinkMessageMax bytes rather than -s. Whether the fd is one is
// asked of the kernel at the call: getsockname's family (one raw syscall for
// any socket) and, for a netlink socket with a port id, SO_PROTOCOL. A
// socket without a port id (not bound, nothing sent yet) is noted as
// kNetlinkUnbound: strace finds sockets by their port id and cannot tell
// that one's protocol. Raw syscalls only; nothing is allocated.
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "tracer/capture_writer.h"
#include "tracer/raw_syscall.h"

namespace lzp::capture {

uint64_t NetlinkBufferLimit(Writer& w, const EntryFrame* f, uint8_t phase, uint64_t usual) {
  bool decoded = ((f->nr == SYS_sendto || f->nr == SYS_sendmsg) && phase == proto::kAtEntry) ||
                 ((f->nr == SYS_recvfrom || f->nr == SYS_recvmsg) && phase == proto::kAtExit);
  if (!decoded || f->rdi > 0x7fffffff || w.Room() < sizeof(CaptureChunk) + 8) return usual;
  sockaddr_nl address{};
  socklen_t length = sizeof(address);
  if (Sys(SYS_getsockname, f->rdi, &address, &length) != 0 || address.nl_family != AF_NETLINK) return usual;
  int32_t protocol = proto::kNetlinkUnbound;
  if (address.nl_pid != 0) {
    int value = 0;
    socklen_t size = sizeof(value);
    if (Sys(SYS_getsockopt, f->rdi, SOL_SOCKET, SO_PROTOCOL, &value, &size) == 0) protocol = value;
  }
  CaptureChunk* c = w.Begin(proto::kNetlinkArg, phase);
  __builtin_memcpy(w.Data(c), &protocol, sizeof(protocol));
  w.End(c, sizeof(protocol), 0);
  return usual > proto::kNetlinkMessageMax ? usual : proto::kNetlinkMessageMax;
}

}  // namespace lzp::capture
