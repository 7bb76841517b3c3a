/* Golden program: System V message queues' struct msgbuf, as strace prints
 * it: msgsnd's at entry, msgrcv's once it returned ({mtype=7,
 * mtext="hello\0"}: msgsz bytes of the message, cut by -s), a negative
 * mtype the kernel refuses, an unreadable struct (its address), a readable
 * mtype whose message lies past the end of a page (the message's address),
 * a failed msgrcv (its address), and a msgrcv that blocks until an untraced
 * child sends (its head is "msgrcv(ID, ", announced while it sleeps). */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/programs/blocked_in.h"

struct message {
  long mtype;
  char mtext[64];
};

int main(void) {
  int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  struct message m = {7, "hello"}, r;
  msgsnd(id, &m, 6, 0);
  memset(&r, 0, sizeof r);
  msgrcv(id, &r, 16, 0, 0);
  m.mtype = 3;
  memset(m.mtext, 'x', sizeof m.mtext);
  msgsnd(id, &m, 60, IPC_NOWAIT);
  msgrcv(id, &r, 64, 3, IPC_NOWAIT);
  m.mtype = -5;
  msgsnd(id, &m, 4, IPC_NOWAIT);
  msgsnd(id, (void*)0xbad0000, 6, IPC_NOWAIT);
  char* page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(page + 4096, 4096);
  long* at_end = (long*)(page + 4096 - sizeof(long));
  *at_end = 9;
  msgsnd(id, at_end, 6, IPC_NOWAIT);
  msgsnd(id, at_end, 0, IPC_NOWAIT);  /* (no message, but 8 bytes after mtype are still read) */
  msgsnd(id, at_end - 1, 0, IPC_NOWAIT);
  msgrcv(id, &r, 16, 42, IPC_NOWAIT);
  sigset_t chld;  /* (its SIGCHLD after the wait, under strace as under lzptrace) */
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t child = fork();
  if (child == 0) {
    while (blocked_in(getppid()) != SYS_msgrcv) usleep(1000);
    m.mtype = 1;
    memcpy(m.mtext, "late", 5);
    msgsnd(id, &m, 5, 0);
    _exit(0);
  }
  msgrcv(id, &r, 16, 1, 0);
  waitpid(child, NULL, 0);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
  msgctl(id, IPC_RMID, NULL);
  return 0;
}
