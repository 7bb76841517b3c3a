// System V shared memory flags no earlier set tried: shmget with SHM_HUGETLB and its size bits, SHM_NORESERVE, sizes 0 and huge, every permission bit; shmat with SHM_RDONLY|SHM_RND, SHM_REMAP without an address, SHM_EXEC, an unaligned address, unknown bits; shmdt of addresses that are not attached. Each segment is removed.
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef SHM_HUGE_2MB
#define SHM_HUGE_2MB (21 << 26)
#endif
int main(void) {
  syscall(SYS_shmget, IPC_PRIVATE, 0, IPC_CREAT | 0600);
  syscall(SYS_shmget, IPC_PRIVATE, 0x7fffffffffffffffULL, IPC_CREAT | 0600);
  syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | SHM_HUGETLB | SHM_HUGE_2MB | 0600);
  syscall(SYS_shmget, 0x7ffffffe, 4096, 0);
  syscall(SYS_shmget, 0x7ffffffe, 4096, SHM_NORESERVE | IPC_EXCL | 0777);
  int id = syscall(SYS_shmget, IPC_PRIVATE, 8192, IPC_CREAT | SHM_NORESERVE | 0600);
  syscall(SYS_shmat, id, 0, SHM_REMAP);
  syscall(SYS_shmat, id, 0x10001, 0);
  long p = syscall(SYS_shmat, id, 0, SHM_RDONLY | SHM_RND);
  syscall(SYS_shmdt, p);
  syscall(SYS_shmat, id, 0, SHM_EXEC | 0x100000);
  syscall(SYS_shmat, -1, 0, SHM_RDONLY);
  syscall(SYS_shmdt, 0x10001);
  syscall(SYS_shmdt, 0);
  syscall(SYS_shmctl, id, IPC_RMID, 0);
  return 0;
}
