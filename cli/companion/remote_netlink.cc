// cli/companion/remote_netlink.cc — see remote_netlink.h. The fd's link in
// /proc/TID/fd names its socket inode; the "system.sockprotoname" xattr of
// that link says NETLINK for a netlink socket; /proc/TID/net/netlink lists
// the bound ones (those with a port id) with their protocol ("Eth") and
// inode. The task is stopped while this runs, so the fd cannot change.
#include "cli/companion/remote_netlink.h"

#include <sys/xattr.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "tracer/capture_format.h"

namespace lzp::cli::companion {

std::optional<int32_t> RemoteNetlinkProtocol(pid_t tid, uint64_t fd) {
  if (fd > 0x7fffffff) return std::nullopt;
  std::string link = "/proc/" + std::to_string(tid) + "/fd/" + std::to_string(fd);
  char name[32] = {};
  ssize_t n = getxattr(link.c_str(), "system.sockprotoname", name, sizeof(name) - 1);
  if (n <= 0 || std::strncmp(name, "NETLINK", 7) != 0) return std::nullopt;
  char target[64] = {};
  ssize_t t = readlink(link.c_str(), target, sizeof(target) - 1);
  unsigned long inode = 0;
  if (t <= 0 || std::sscanf(target, "socket:[%lu]", &inode) != 1) return proto::kNetlinkUnbound;
  std::ifstream table("/proc/" + std::to_string(tid) + "/net/netlink");
  std::string line;
  std::getline(table, line);  // the column names
  while (std::getline(table, line)) {
    std::istringstream fields(line);
    std::string sk, groups, rmem, wmem, dump, locks, drops;
    int32_t protocol = 0;
    uint32_t port = 0;
    unsigned long row_inode = 0;
    if (fields >> sk >> protocol >> port >> groups >> rmem >> wmem >> dump >> locks >> drops >> row_inode &&
        row_inode == inode)
      return port != 0 ? protocol : proto::kNetlinkUnbound;
  }
  return proto::kNetlinkUnbound;
}

}  // namespace lzp::cli::companion
