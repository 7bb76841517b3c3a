// Classic BPF socket filters read back: SO_ATTACH_FILTER on a UDP socket, getsockopt SO_GET_FILTER asking the count (length 0), the program in full, and too short a buffer; SO_LOCK_FILTER, SO_DETACH_FILTER refused while locked, detaching nothing, an empty program, a bad pointer; plainly and under -v.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <linux/filter.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct sock_filter f[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
    BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 100, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, 0),
    BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
    BPF_STMT(BPF_RET | BPF_A, 0),
  };
  struct sock_fprog p = {5, f};
  int s = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &p, sizeof p);
  struct sock_filter back[8];
  socklen_t l = 0;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, back, &l);
  l = 8;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, back, &l);
  l = 2;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, back, &l);
  int one = 1;
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_LOCK_FILTER, &one, sizeof one);
  int v = 0;
  l = sizeof v;
  syscall(SYS_getsockopt, s, SOL_SOCKET, SO_LOCK_FILTER, &v, &l);
  syscall(SYS_setsockopt, s, SOL_SOCKET, SO_DETACH_FILTER, &one, sizeof one);
  int t = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_DETACH_FILTER, &one, sizeof one);
  l = 0;
  syscall(SYS_getsockopt, t, SOL_SOCKET, SO_GET_FILTER, back, &l);
  struct sock_fprog e = {0, f};
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_ATTACH_FILTER, &e, sizeof e);
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_ATTACH_FILTER, (void *)0xbad0000, sizeof p);
  syscall(SYS_setsockopt, t, SOL_SOCKET, SO_ATTACH_FILTER, &p, 4);
  syscall(SYS_close, t);
  syscall(SYS_close, s);
  return 0;
}
