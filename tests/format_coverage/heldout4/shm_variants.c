// System V shared memory: get flags and sizes, attach flags, stat/info commands into buffers, lock, unknown commands, bad ids.
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | IPC_EXCL | 0640);
  shmget(IPC_PRIVATE, 0, 0);
  shmget(0x7fffffff, 4096, 0);
  shmget(IPC_PRIVATE, ~0UL, IPC_CREAT | SHM_NORESERVE | 0600);
  void* p = shmat(id, NULL, SHM_RDONLY);
  shmdt(p);
  shmat(id, (void*)0x10000, SHM_RND | SHM_REMAP);
  shmat(-1, NULL, SHM_EXEC | 0x100000);
  shmdt((void*)0xbad0000);
  struct shmid_ds ds;
  shmctl(id, IPC_STAT, &ds);
  shmctl(id, IPC_STAT, (void*)0xbad0000);
  struct shminfo si;
  shmctl(0, IPC_INFO, (struct shmid_ds*)&si);
  struct shm_info sinfo;
  shmctl(0, SHM_INFO, (struct shmid_ds*)&sinfo);
  shmctl(id, SHM_LOCK, NULL);
  shmctl(id, SHM_UNLOCK, NULL);
  shmctl(id, 99, NULL);
  shmctl(id, IPC_SET, (void*)0xbad0000);
  syscall(SYS_shmctl, id, IPC_RMID | 0x100, NULL);
  shmctl(id, IPC_RMID, NULL);
  shmctl(-1, IPC_RMID, NULL);
  return 0;
}
