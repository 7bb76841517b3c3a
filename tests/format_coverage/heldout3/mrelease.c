// process_mrelease, set_mempolicy_home_node, membarrier: bad pidfds, flags, ranges and commands.
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_process_mrelease, -1, 0);
  syscall(SYS_process_mrelease, 0, 1);
  syscall(SYS_set_mempolicy_home_node, 0x1000, 4096, 0, 0);
  syscall(SYS_set_mempolicy_home_node, 0x1001, 4096, 5, 3);
  syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
  syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 1);
  syscall(SYS_membarrier, 0x4000, 3, 0);
  return 0;
}
