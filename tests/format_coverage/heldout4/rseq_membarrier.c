// rseq: register with bad lengths, signatures, flags and pointers, unregister mismatches; membarrier commands with flags and cpu ids.
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/membarrier.h>
int main(void) {
  static __attribute__((aligned(32))) unsigned char area[32];
  syscall(SYS_rseq, area, 16, 0, 0x53053053);
  syscall(SYS_rseq, area, 32, 1, 0x53053053);
  syscall(SYS_rseq, area, 32, 0xfe, 0xabcdef12);
  syscall(SYS_rseq, (void*)0xbad0000, 32, 0, 0);
  syscall(SYS_rseq, NULL, 0, 0, 0);
  syscall(SYS_rseq, area + 1, 32, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 1, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0);
  syscall(SYS_membarrier, (1 << 9), 0, 0);
  syscall(SYS_membarrier, 0x10000, 0, -1);
  syscall(SYS_membarrier, -1, -1, -1);
  return 0;
}
