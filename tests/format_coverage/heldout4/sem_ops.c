// System V semaphores: semop and semtimedop arrays (flags, negative ops, timeouts), semctl value commands, info, unknown.
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
int main(void) {
  int id = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
  struct sembuf ops[3] = {{0, 1, 0}, {1, 2, SEM_UNDO}, {0, -1, IPC_NOWAIT | SEM_UNDO}};
  semop(id, ops, 3);
  semop(id, ops, 0);
  semop(id, (void*)0xbad0000, 1);
  struct sembuf w = {1, -5, IPC_NOWAIT};
  semop(id, &w, 1);
  struct timespec ts = {0, 1000};
  syscall(SYS_semtimedop, id, &w, 1, &ts);
  w.sem_flg = 0;
  syscall(SYS_semtimedop, id, &w, 1, &ts);
  syscall(SYS_semtimedop, id, ops, 2, NULL);
  syscall(SYS_semtimedop, id, &w, 1, (void*)0xbad0000);
  struct timespec bad = {-1, 2000000000};
  syscall(SYS_semtimedop, id, &w, 1, &bad);
  semctl(id, 0, GETVAL);
  semctl(id, 1, SETVAL, 7);
  semctl(id, 0, GETPID);
  semctl(id, 0, GETNCNT);
  semctl(id, 0, GETZCNT);
  unsigned short all[2] = {3, 4};
  semctl(id, 0, SETALL, all);
  semctl(id, 0, GETALL, all);
  struct seminfo si;
  semctl(0, 0, IPC_INFO, &si);
  semctl(0, 0, SEM_INFO, &si);
  semctl(id, 0, 77);
  semctl(id, 0, IPC_RMID);
  return 0;
}
