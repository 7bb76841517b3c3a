// System V IPC: shmget/semget/msgget flags, *ctl commands, semop, msgsnd/msgrcv.
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/sem.h>
#include <sys/msg.h>
int main(void) {
  shmget(IPC_PRIVATE, 0, 0); shmget(0x1234, 4096, IPC_CREAT | IPC_EXCL | 0600 | SHM_HUGETLB); shmctl(-1, IPC_STAT, 0); shmctl(0, 99, 0);
  semget(IPC_PRIVATE, -1, 0); semctl(-1, 0, GETVAL); msgget(IPC_PRIVATE, 0xffff0000); msgctl(-1, IPC_RMID, 0);
  struct sembuf op = {0, -1, IPC_NOWAIT | SEM_UNDO}; semop(-1, &op, 1); msgsnd(-1, 0, 0, IPC_NOWAIT); msgrcv(-1, 0, 0, 0, MSG_NOERROR);
  return 0;
}
