// shm_open/ftruncate/mmap/shm_unlink, sem_open (O_CREAT: a file made under a random name in /dev/shm, filled, linked to sem.NAME, mapped), sem_post/sem_getvalue, sem_close/sem_unlink, mq_open with attributes, mq_send/mq_receive, mq_unlink; the failures (EEXIST, ENOENT).
// compare-options: -e trace=!getrandom
// compare-options: -y -e trace=!brk,getrandom
// compare-options: -e trace=%desc,mq_open,mq_unlink,munmap -s 0
#include "h10.h"
#include <mqueue.h>
#include <semaphore.h>
#include <sys/mman.h>
int main(void) {
  int fd = shm_open("/lzp-h10-shm", O_RDWR | O_CREAT | O_EXCL, 0600);
  shm_open("/lzp-h10-shm", O_RDWR | O_CREAT | O_EXCL, 0600);
  ftruncate(fd, 4096);
  void *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  munmap(p, 4096);
  close(fd);
  shm_unlink("/lzp-h10-shm");
  shm_unlink("/lzp-h10-shm");
  sem_t *s = sem_open("/lzp-h10-sem", O_CREAT, 0600, 1);
  int v;
  if (s != SEM_FAILED) { sem_post(s); sem_getvalue(s, &v); sem_close(s); }
  sem_unlink("/lzp-h10-sem");
  sem_open("/lzp-h10-sem", 0);
  struct mq_attr at = {0, 4, 32, 0};
  mqd_t q = mq_open("/lzp-h10-mq", O_RDWR | O_CREAT | O_EXCL, 0600, &at);
  char m[32];
  unsigned pr;
  mq_send(q, "abc", 3, 5);
  mq_receive(q, m, sizeof m, &pr);
  mq_close(q);
  mq_unlink("/lzp-h10-mq");
  mq_open("/lzp-h10-mq", O_RDONLY);
  return 0;
}
