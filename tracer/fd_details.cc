// tracer/fd_details.cc — see fd_details.h.
//
// strace -yy asks the kernel, while the tracee is stopped, what each fd is.
// We ask at the same moment, from inside: at syscall entry for arguments and
// at exit for returned fds, so a bind shows the socket as it was before the
// bind, exactly as strace does.
//   device   fstat's st_rdev, for character and block special files;
//   pidfd    the "Pid:" line of /proc/self/fdinfo/N;
//   socket   the "system.sockprotoname" xattr names the protocol, and one
//            sock_diag request over a short-lived NETLINK_SOCK_DIAG socket
//            finds the socket by inode: an exact lookup for UNIX sockets, a
//            dump filtered by inode for TCP/UDP (IPv4 and IPv6) and netlink.
// The reply is copied raw; the CLI parses it (cli/decode/fd_details.cc).
// The netlink socket takes an fd number for the duration of the query and is
// closed before the application runs again. All of it only under -yy.
#include "tracer/fd_details.h"

#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

constexpr uint32_t kReplyBytes = 32 * 1024;

bool StartsWith(const char* s, uint32_t length, const char* prefix) {
  uint32_t i = 0;
  for (; prefix[i] != '\0'; ++i)
    if (i >= length || s[i] != prefix[i]) return false;
  return true;
}

bool Equal(const char* a, const char* b) {
  while (*a != '\0' && *a == *b) ++a, ++b;
  return *a == *b;
}

uint64_t ParseDecimal(const char* s, uint32_t length, uint32_t* at) {
  uint64_t v = 0;
  while (*at < length && s[*at] >= '0' && s[*at] <= '9') v = v * 10 + static_cast<uint64_t>(s[(*at)++] - '0');
  return v;
}

// "/proc/self/fd/N" or "/proc/self/fdinfo/N" into `out` (`pid` 0), else
// "/proc/PID/fd/N" or "/proc/PID/fdinfo/N" (at most 48 bytes).
void AppendNumber(char* out, int* at, uint32_t value) {
  char digits[12];
  int n = 0;
  do { digits[n++] = static_cast<char>('0' + value % 10); value /= 10; } while (value > 0);
  while (n) out[(*at)++] = digits[--n];
}

void ProcPath(char* out, const char* dir, int pid, int fd) {
  const char self[] = "/proc/self/", proc[] = "/proc/";
  int at = 0;
  if (pid == 0) {
    for (int i = 0; self[i] != '\0'; ++i) out[at++] = self[i];
  } else {
    for (int i = 0; proc[i] != '\0'; ++i) out[at++] = proc[i];
    AppendNumber(out, &at, static_cast<uint32_t>(pid));
    out[at++] = '/';
  }
  for (int i = 0; dir[i] != '\0'; ++i) out[at++] = dir[i];
  out[at++] = '/';
  AppendNumber(out, &at, static_cast<uint32_t>(fd));
  out[at] = '\0';
}

int32_t PidfdPid(int pid, int fd) {
  char path[48], text[512];
  ProcPath(path, "fdinfo", pid, fd);
  long info = Sys(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
  if (IsError(info)) return -1;
  long n = Sys(SYS_read, info, text, sizeof(text) - 1);
  Sys(SYS_close, info);
  if (n <= 0) return -1;
  for (uint32_t i = 0; i + 5 < static_cast<uint32_t>(n); ++i) {
    if ((i == 0 || text[i - 1] == '\n') && StartsWith(text + i, static_cast<uint32_t>(n) - i, "Pid:")) {
      uint32_t at = i + 4;
      while (at < static_cast<uint32_t>(n) && (text[at] == '\t' || text[at] == ' ')) ++at;
      bool negative = at < static_cast<uint32_t>(n) && text[at] == '-';
      if (negative) ++at;
      int32_t pid = static_cast<int32_t>(ParseDecimal(text, static_cast<uint32_t>(n), &at));
      return negative ? -pid : pid;
    }
  }
  return -1;
}

// Which sock_diag request describes a socket of this protocol.
struct DiagQuery {
  uint8_t family;    // sdiag_family
  uint8_t protocol;  // sdiag_protocol
  bool exact;        // lookup by inode (UNIX) rather than a dump
};

bool QueryFor(const char* proto, DiagQuery* q) {
  if (StartsWith(proto, 32, "UNIX")) { *q = {AF_UNIX, 0, true}; return true; }
  if (Equal(proto, "TCP")) { *q = {AF_INET, IPPROTO_TCP, false}; return true; }
  if (Equal(proto, "TCPv6")) { *q = {AF_INET6, IPPROTO_TCP, false}; return true; }
  if (Equal(proto, "UDP")) { *q = {AF_INET, IPPROTO_UDP, false}; return true; }
  if (Equal(proto, "UDPv6")) { *q = {AF_INET6, IPPROTO_UDP, false}; return true; }
  if (Equal(proto, "UDPLITE")) { *q = {AF_INET, IPPROTO_UDPLITE, false}; return true; }
  if (Equal(proto, "UDPLITEv6")) { *q = {AF_INET6, IPPROTO_UDPLITE, false}; return true; }
  if (Equal(proto, "NETLINK")) { *q = {AF_NETLINK, NDIAG_PROTO_ALL, false}; return true; }
  return false;
}

// The inode a diag message of this family describes.
uint32_t MessageInode(uint8_t family, const uint8_t* payload, uint32_t length) {
  switch (family) {
    case AF_UNIX:
      return length >= sizeof(unix_diag_msg) ? reinterpret_cast<const unix_diag_msg*>(payload)->udiag_ino : 0;
    case AF_NETLINK:
      return length >= sizeof(netlink_diag_msg) ? reinterpret_cast<const netlink_diag_msg*>(payload)->ndiag_ino : 0;
    default:
      return length >= sizeof(inet_diag_msg) ? reinterpret_cast<const inet_diag_msg*>(payload)->idiag_inode : 0;
  }
}

void Zero(void* p, uint32_t n) {
  auto* b = static_cast<volatile uint8_t*>(p);
  for (uint32_t i = 0; i < n; ++i) b[i] = 0;
}

// Sends the request and copies the message about `inode` (without its
// nlmsghdr) to `data`. Returns its length, or 0 if the kernel had none.
uint32_t Diagnose(const DiagQuery& q, uint32_t inode, uint8_t* data, uint32_t room) {
  long sock = Sys(SYS_socket, AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
  if (IsError(sock)) return 0;
  long buffer = Sys(SYS_mmap, 0, kReplyBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (IsError(buffer)) {
    Sys(SYS_close, sock);
    return 0;
  }
  struct {
    nlmsghdr header;
    union { unix_diag_req unix_req; inet_diag_req_v2 inet_req; netlink_diag_req netlink_req; } body;
  } request;
  Zero(&request, sizeof(request));
  request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
  request.header.nlmsg_flags = NLM_F_REQUEST | (q.exact ? 0 : NLM_F_DUMP);
  request.header.nlmsg_seq = 1;
  uint32_t body = 0;
  if (q.family == AF_UNIX) {
    request.body.unix_req = {};
    request.body.unix_req.sdiag_family = AF_UNIX;
    request.body.unix_req.udiag_states = ~0u;
    request.body.unix_req.udiag_ino = inode;
    request.body.unix_req.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
    request.body.unix_req.udiag_cookie[0] = request.body.unix_req.udiag_cookie[1] = ~0u;
    body = sizeof(unix_diag_req);
  } else if (q.family == AF_NETLINK) {
    request.body.netlink_req.sdiag_family = AF_NETLINK;
    request.body.netlink_req.sdiag_protocol = q.protocol;
    request.body.netlink_req.ndiag_cookie[0] = request.body.netlink_req.ndiag_cookie[1] = ~0u;
    body = sizeof(netlink_diag_req);
  } else {
    request.body.inet_req.sdiag_family = q.family;
    request.body.inet_req.sdiag_protocol = q.protocol;
    request.body.inet_req.idiag_states = ~0u;
    body = sizeof(inet_diag_req_v2);
  }
  request.header.nlmsg_len = static_cast<uint32_t>(sizeof(nlmsghdr)) + body;
  sockaddr_nl kernel;
  Zero(&kernel, sizeof(kernel));
  kernel.nl_family = AF_NETLINK;
  uint32_t found = 0;
  if (!IsError(Sys(SYS_sendto, sock, &request, request.header.nlmsg_len, 0, &kernel, sizeof(kernel)))) {
    auto* reply = reinterpret_cast<uint8_t*>(buffer);
    for (bool done = false; !done;) {
      long n = Sys(SYS_recvfrom, sock, reply, kReplyBytes, 0, 0, 0);
      if (n <= 0) break;
      for (uint32_t at = 0; at + sizeof(nlmsghdr) <= static_cast<uint32_t>(n);) {
        const auto* h = reinterpret_cast<const nlmsghdr*>(reply + at);
        if (h->nlmsg_len < sizeof(nlmsghdr) || h->nlmsg_len > static_cast<uint32_t>(n) - at) { done = true; break; }
        if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) { done = true; break; }
        const uint8_t* payload = reply + at + sizeof(nlmsghdr);
        uint32_t length = h->nlmsg_len - static_cast<uint32_t>(sizeof(nlmsghdr));
        if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY && MessageInode(q.family, payload, length) == inode) {
          found = length < room ? length : room;
          for (uint32_t i = 0; i < found; ++i) data[i] = payload[i];
          done = true;
          break;
        }
        at += NLMSG_ALIGN(h->nlmsg_len);
      }
      if (q.exact) break;
    }
  }
  Sys(SYS_munmap, buffer, kReplyBytes);
  Sys(SYS_close, sock);
  return found;
}

}  // namespace

bool DescribeFd(int pid, int fd, const char* link, uint32_t length, proto::FdDetails* out, uint8_t* data, uint32_t room,
                uint32_t* data_len) {
  Zero(out, sizeof(*out));
  *data_len = 0;
  if (StartsWith(link, length, "socket:[")) {
    uint32_t at = 8;
    out->kind = proto::kSocketDetails;
    out->inode = ParseDecimal(link, length, &at);
    char path[48];
    ProcPath(path, "fd", pid, fd);
    long n = Sys(SYS_getxattr, path, "system.sockprotoname", out->proto, sizeof(out->proto) - 1);
    if (IsError(n)) n = 0;
    out->proto[n] = '\0';
    DiagQuery q;
    if (QueryFor(out->proto, &q)) *data_len = Diagnose(q, static_cast<uint32_t>(out->inode), data, room);
    return true;
  }
  if (StartsWith(link, length, "anon_inode:[pidfd]")) {
    out->kind = proto::kPidfd;
    out->pid = PidfdPid(pid, fd);
    return true;
  }
  if (length == 0 || link[0] != '/') return false;
  struct stat st;
  char path[48];
  if (pid != 0) ProcPath(path, "fd", pid, fd);  // (from outside: the link leads to the same inode)
  long r = pid == 0 ? Sys(SYS_fstat, fd, &st) : Sys(SYS_newfstatat, AT_FDCWD, path, &st, 0);
  if (IsError(r) || (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode))) return false;
  uint64_t dev = st.st_rdev;
  out->kind = S_ISCHR(st.st_mode) ? proto::kCharDevice : proto::kBlockDevice;
  out->major = static_cast<uint32_t>(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffull));
  out->minor = static_cast<uint32_t>((dev & 0xff) | ((dev >> 12) & ~0xffull));
  return true;
}

}  // namespace lzp
