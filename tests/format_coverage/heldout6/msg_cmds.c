// System V message queue commands no earlier set tried: msgctl MSG_STAT, MSG_STAT_ANY, MSG_INFO and IPC_INFO's struct msginfo, IPC_STAT/IPC_SET's msqid_ds, unknown commands; msgget with every flag; semctl SEM_STAT_ANY and shmctl SHM_STAT_ANY with bad indexes.
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
#ifndef IPC_64
#define IPC_64 0x0100
#endif
int main(void) {
  struct msginfo mi;
  struct msqid_ds ds;
  int q = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
  syscall(SYS_msgctl, q, IPC_SET, BAD);
  syscall(SYS_msgctl, 0x7fffffff, MSG_STAT, &ds);
  syscall(SYS_msgctl, 0x7fffffff, MSG_STAT_ANY, &ds);
  syscall(SYS_msgctl, 0, MSG_INFO, BAD);
  syscall(SYS_msgctl, 0, IPC_INFO, BAD);
  syscall(SYS_msgctl, 0, IPC_INFO | IPC_64, BAD);
  syscall(SYS_msgctl, q, 99, &mi);
  syscall(SYS_msgctl, q, -1, 0);
  syscall(SYS_msgctl, -1, IPC_STAT, &ds);
  syscall(SYS_msgctl, q, IPC_RMID, 0);
  syscall(SYS_msgget, 0x7fffffff, 0);
  syscall(SYS_msgget, -1, IPC_EXCL | 0777);
  syscall(SYS_semctl, 0x7fffffff, 0, SEM_STAT_ANY, BAD);
  syscall(SYS_semctl, 0x7fffffff, 0, SEM_STAT, BAD);
  syscall(SYS_shmctl, 0x7fffffff, SHM_STAT_ANY, BAD);
  syscall(SYS_shmctl, 0x7fffffff, SHM_STAT, BAD);
  syscall(SYS_shmctl, -1, SHM_LOCK, 0);
  syscall(SYS_shmctl, -1, SHM_UNLOCK, 0);
  return 0;
}
