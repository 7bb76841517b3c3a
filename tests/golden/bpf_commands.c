/* tests/golden/bpf_commands.c — bpf(2) by command: the map element calls,
 * object pinning, attach/detach, test runs, id walks, info, raw tracepoints,
 * BTF loads and link creation, each with zeroed, patterned, short and
 * over-long attributes, NULL and unreadable pointers, and a real map's
 * element calls that succeed. A patterned attr has 32-bit word k = 0x10 + k,
 * so every field shows where it was read from. */
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned char attr[256];

static long bpf(int cmd, void* a, unsigned size) { return syscall(SYS_bpf, cmd, a, size); }
static void put32(int off, uint32_t v) { memcpy(attr + off, &v, 4); }
static void put64(int off, uint64_t v) { memcpy(attr + off, &v, 8); }
static void zero(void) { memset(attr, 0, sizeof attr); }
static void pattern(void) {
  for (int k = 0; k < 64; k++) {
    uint32_t v = 0x10 + k;
    memcpy(attr + 4 * k, &v, 4);
  }
}

/* One command: zeroed, patterned at sizes 144, 200, 1, 4, 12, 20, 28, 44, 68, 76; size 0, NULL, unreadable.
 * The id walks start past every id (the ids of other programs' maps change from run to run). */
static void sweep(int cmd) {
  static const unsigned sizes[] = {144, 200, 1, 4, 12, 20, 28, 44, 68, 76};
  int walk = cmd == BPF_PROG_GET_NEXT_ID || cmd == BPF_MAP_GET_NEXT_ID || cmd == BPF_LINK_GET_NEXT_ID || cmd == BPF_BTF_GET_NEXT_ID;
  zero();
  if (walk) put32(0, -1);
  bpf(cmd, attr, 144);
  pattern();
  if (walk) put32(0, -1);
  for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++) bpf(cmd, attr, sizes[i]);
  bpf(cmd, attr, 0);
  bpf(cmd, NULL, 144);
  bpf(cmd, (void*)0xbad0000, 144);
}

int main(void) {
  static const int cmds[] = {BPF_MAP_LOOKUP_ELEM, BPF_MAP_UPDATE_ELEM, BPF_MAP_DELETE_ELEM, BPF_MAP_GET_NEXT_KEY,
                             BPF_OBJ_PIN, BPF_OBJ_GET, BPF_PROG_ATTACH, BPF_PROG_DETACH, BPF_PROG_TEST_RUN,
                             BPF_PROG_GET_NEXT_ID, BPF_MAP_GET_NEXT_ID, BPF_PROG_GET_FD_BY_ID, BPF_MAP_GET_FD_BY_ID,
                             BPF_OBJ_GET_INFO_BY_FD, BPF_RAW_TRACEPOINT_OPEN, BPF_BTF_LOAD, BPF_LINK_CREATE,
                             BPF_MAP_CREATE, BPF_PROG_LOAD, BPF_BTF_GET_FD_BY_ID, BPF_MAP_LOOKUP_AND_DELETE_ELEM,
                             BPF_MAP_FREEZE, BPF_BTF_GET_NEXT_ID, BPF_LINK_GET_FD_BY_ID, BPF_LINK_GET_NEXT_ID,
                             BPF_ENABLE_STATS, BPF_PROG_QUERY, BPF_TASK_FD_QUERY, BPF_MAP_LOOKUP_BATCH,
                             BPF_MAP_LOOKUP_AND_DELETE_BATCH, BPF_MAP_UPDATE_BATCH, BPF_MAP_DELETE_BATCH, BPF_LINK_UPDATE,
                             BPF_ITER_CREATE, BPF_LINK_DETACH, BPF_PROG_BIND_MAP};
  for (unsigned i = 0; i < sizeof cmds / sizeof *cmds; i++) sweep(cmds[i]);

  /* Zeros past the struct are not shown; a nonzero byte past it, or past 144, is. */
  zero(); put32(0, -1);
  bpf(BPF_MAP_DELETE_ELEM, attr, 200);
  attr[40] = 0x41;
  bpf(BPF_MAP_DELETE_ELEM, attr, 41);
  bpf(BPF_MAP_DELETE_ELEM, attr, 40);
  attr[40] = 0; attr[150] = 1;
  bpf(BPF_MAP_DELETE_ELEM, attr, 200);
  bpf(BPF_MAP_DELETE_ELEM, attr, 144);

  /* Flags: known, unknown, mixed. */
  zero(); put32(0, -1);
  put64(24, 0x10); bpf(BPF_MAP_LOOKUP_ELEM, attr, 144);
  put64(24, BPF_F_LOCK); bpf(BPF_MAP_LOOKUP_ELEM, attr, 144);
  put64(24, BPF_NOEXIST); bpf(BPF_MAP_UPDATE_ELEM, attr, 144);
  put64(24, BPF_EXIST); bpf(BPF_MAP_UPDATE_ELEM, attr, 144);
  put64(24, BPF_F_LOCK); bpf(BPF_MAP_UPDATE_ELEM, attr, 144);
  zero(); put32(12, BPF_F_RDONLY); bpf(BPF_OBJ_GET, attr, 144);
  put32(12, 0x20); bpf(BPF_OBJ_GET, attr, 144);
  zero(); put32(0, -1); put32(4, -1); put32(8, 0x7777); put32(12, BPF_F_ALLOW_MULTI | BPF_F_REPLACE); bpf(BPF_PROG_ATTACH, attr, 144);
  put32(12, 0x40); bpf(BPF_PROG_ATTACH, attr, 144);
  zero(); put32(0, -1); put32(4, -1); put32(8, -1); put32(36, -1); put32(64, BPF_F_TEST_RUN_ON_CPU | 0x20);
  bpf(BPF_PROG_TEST_RUN, attr, 144);
  zero(); put32(0, -1); put32(4, -1); put32(8, -1); bpf(BPF_MAP_GET_NEXT_ID, attr, 144);
  zero(); put32(0, -1); put32(4, 0xffffffff); put64(8, 0xffffffffffffffffull); bpf(BPF_OBJ_GET_INFO_BY_FD, attr, 144);

  /* What the attributes point to: paths, names, btf bytes. */
  zero(); put64(0, (uintptr_t)"/sys/fs/bpf/lzp-no-such-object"); put32(8, -1);
  bpf(BPF_OBJ_PIN, attr, 144);
  bpf(BPF_OBJ_GET, attr, 16);
  bpf(BPF_OBJ_GET, attr, 8);
  put64(0, 0xbad0000); bpf(BPF_OBJ_GET, attr, 144);
  zero(); put64(0, (uintptr_t)"sched_switch"); put32(8, -1); bpf(BPF_RAW_TRACEPOINT_OPEN, attr, 144);
  put64(0, (uintptr_t)"a_tracepoint_name_longer_than_thirty_two_bytes"); bpf(BPF_RAW_TRACEPOINT_OPEN, attr, 144);
  put64(0, 0xbad0000); bpf(BPF_RAW_TRACEPOINT_OPEN, attr, 144);
  static const char btf[] = "\x9f\xeb\x01\0abcdefghijklmnopqrstuvwxyz0123456789";
  zero(); put64(0, (uintptr_t)btf); put32(16, 40); put32(24, 1); bpf(BPF_BTF_LOAD, attr, 144);
  put32(16, 8); bpf(BPF_BTF_LOAD, attr, 144);
  bpf(BPF_BTF_LOAD, attr, 16);
  put32(16, 0); put64(0, 0xbad0000); bpf(BPF_BTF_LOAD, attr, 144);
  put32(16, 8); bpf(BPF_BTF_LOAD, attr, 144);

  /* BPF_LINK_CREATE: the part after flags depends on attach_type. */
  static const uint32_t types[] = {BPF_CGROUP_INET_INGRESS, BPF_CGROUP_INET_EGRESS, BPF_TRACE_ITER, BPF_PERF_EVENT,
                                   BPF_TRACE_KPROBE_MULTI, 0x77};
  for (unsigned i = 0; i < sizeof types / sizeof *types; i++) {
    pattern(); put32(0, -1); put32(4, -1); put32(8, types[i]); put32(12, 0);
    bpf(BPF_LINK_CREATE, attr, 144);
    bpf(BPF_LINK_CREATE, attr, 16);
    bpf(BPF_LINK_CREATE, attr, 20);
    zero(); put32(0, -1); put32(4, -1); put32(8, types[i]);
    bpf(BPF_LINK_CREATE, attr, 144);
  }

  /* An id walk that finds one: the kernel's BTF is id 1, what the call wrote back is "0 => 1". */
  zero(); bpf(BPF_BTF_GET_NEXT_ID, attr, 144);
  bpf(BPF_BTF_GET_NEXT_ID, attr, 144);
  zero(); bpf(BPF_BTF_GET_NEXT_ID, attr, 6);
  zero(); bpf(BPF_BTF_GET_NEXT_ID, attr, 4);

  /* A real map: its element calls succeed. */
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.map_type = BPF_MAP_TYPE_HASH; a.key_size = 4; a.value_size = 8; a.max_entries = 4;
  int fd = bpf(BPF_MAP_CREATE, &a, sizeof a);
  uint32_t key = 1, next = 0;
  uint64_t value = 7;
  memset(&a, 0, sizeof a);
  a.map_fd = fd; a.key = (uintptr_t)&key; a.value = (uintptr_t)&value;
  bpf(BPF_MAP_UPDATE_ELEM, &a, sizeof a);
  a.flags = BPF_NOEXIST; bpf(BPF_MAP_UPDATE_ELEM, &a, sizeof a);
  a.flags = 0; bpf(BPF_MAP_LOOKUP_ELEM, &a, sizeof a);
  a.key = 0; a.next_key = (uintptr_t)&next; bpf(BPF_MAP_GET_NEXT_KEY, &a, sizeof a);
  a.key = (uintptr_t)&key; a.next_key = 0; bpf(BPF_MAP_DELETE_ELEM, &a, sizeof a);
  bpf(BPF_MAP_DELETE_ELEM, &a, sizeof a);
  memset(&a, 0, sizeof a);
  a.info.bpf_fd = fd; a.info.info_len = 0; bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof a);
  close(fd);
  return 0;
}
