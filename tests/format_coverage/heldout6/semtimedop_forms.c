// semop and semtimedop forms no earlier set tried: several sembufs with IPC_NOWAIT|SEM_UNDO and unknown sem_flg bits, negative and huge sem_num, nsops 0 and above SEMOPM, a zero and an out-of-range timeout, a bad timeout pointer; semctl SETALL/GETALL arrays, GETNCNT, GETZCNT, SETVAL with -1 and 32768; the set is removed.
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int id = syscall(SYS_semget, IPC_PRIVATE, 3, IPC_CREAT | 0600);
  unsigned short vals[3] = {1, 0, 65535};
  syscall(SYS_semctl, id, 0, SETALL, vals);
  syscall(SYS_semctl, id, 0, GETALL, vals);
  syscall(SYS_semctl, id, 0, GETALL, BAD);
  syscall(SYS_semctl, id, 1, GETNCNT, 0);
  syscall(SYS_semctl, id, 2, GETZCNT, 0);
  syscall(SYS_semctl, id, 1, SETVAL, -1);
  syscall(SYS_semctl, id, 1, SETVAL, 32768);
  syscall(SYS_semctl, id, 7, GETVAL, 0);
  static struct sembuf ops[501] = {{0, -1, IPC_NOWAIT | SEM_UNDO}, {1, 0, IPC_NOWAIT}, {2, 1, 0x4000}};
  struct timespec zero = {0, 0}, bad = {0, -1};
  syscall(SYS_semtimedop, id, ops, 3, &zero);
  syscall(SYS_semtimedop, id, ops, 3, &bad);
  syscall(SYS_semtimedop, id, ops, 1, BAD);
  syscall(SYS_semtimedop, id, ops, 0, &zero);
  syscall(SYS_semtimedop, id, ops, 501, &zero);
  struct sembuf far = {65535, 1, 0};
  syscall(SYS_semop, id, &far, 1);
  struct sembuf neg = {0, -32768, IPC_NOWAIT};
  syscall(SYS_semop, id, &neg, 1);
  syscall(SYS_semop, id, BAD, 2);
  syscall(SYS_semctl, id, 0, IPC_RMID, 0);
  syscall(SYS_semtimedop, id, ops, 1, &zero);
  return 0;
}
