// bpf: map creation with bad attributes, program load failures, object lookups, unknown commands.
#include <linux/bpf.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.map_type = BPF_MAP_TYPE_ARRAY; a.key_size = 4; a.value_size = 0; a.max_entries = 1;
  syscall(SYS_bpf, BPF_MAP_CREATE, &a, sizeof a);
  a.map_type = 0x7777; syscall(SYS_bpf, BPF_MAP_CREATE, &a, 20);
  memset(&a, 0, sizeof a);
  a.map_fd = -1; syscall(SYS_bpf, BPF_MAP_LOOKUP_ELEM, &a, sizeof a);
  syscall(SYS_bpf, BPF_MAP_UPDATE_ELEM, &a, sizeof a);
  syscall(SYS_bpf, BPF_MAP_DELETE_ELEM, &a, sizeof a);
  syscall(SYS_bpf, BPF_MAP_GET_NEXT_KEY, &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER; a.insn_cnt = 0; a.license = (unsigned long)"GPL";
  syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.pathname = (unsigned long)"/sys/fs/bpf/no-such-object"; syscall(SYS_bpf, BPF_OBJ_GET, &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.target_fd = -1; a.attach_bpf_fd = -1; a.attach_type = BPF_CGROUP_INET_INGRESS;
  syscall(SYS_bpf, BPF_PROG_ATTACH, &a, sizeof a);
  syscall(SYS_bpf, BPF_PROG_DETACH, &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.prog_id = 0x7fffffff; syscall(SYS_bpf, BPF_PROG_GET_FD_BY_ID, &a, sizeof a);
  a.map_id = 0x7fffffff; syscall(SYS_bpf, BPF_MAP_GET_FD_BY_ID, &a, sizeof a);
  syscall(SYS_bpf, BPF_MAP_CREATE, NULL, 0);
  syscall(SYS_bpf, BPF_MAP_CREATE, (void*)0xbad0000, sizeof a);
  syscall(SYS_bpf, 0x7777, &a, sizeof a);
  return 0;
}
