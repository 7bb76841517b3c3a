/* Our fds: the application probes high numbers, closes everything, dups
 * onto high numbers and lists /proc/self/fd; it must see what it would see
 * untraced. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void list_fds(const char* when) {
  DIR* d = opendir("/proc/self/fd");
  struct dirent* e;
  int count = 0, self = dirfd(d);
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.' && atoi(e->d_name) != self) count++;
  closedir(d);
  printf("%s: %d fds open\n", when, count);
}

/* How many of 1000..1023 answer fcntl, dup, fstat, read or a file mmap. */
static int probe_high_fds(void) {
  int answered = 0;
  for (int fd = 1000; fd < 1024; ++fd) {
    struct stat st;
    char byte;
    int copy = dup(fd);
    if (copy >= 0) close(copy);
    void* map = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
    if (map != MAP_FAILED) munmap(map, 4096);
    answered += (fcntl(fd, F_GETFD) >= 0) + (copy >= 0) + (fstat(fd, &st) == 0) + (read(fd, &byte, 0) >= 0) +
                (map != MAP_FAILED);
  }
  return answered;
}

int main(void) {
  list_fds("start");
  printf("probes of 1000..1023 answered: %d\n", probe_high_fds());
  for (int fd = 1000; fd < 1024; ++fd) dup2(1, fd);
  list_fds("after dup2 onto 1000..1023");
  for (int fd = 1000; fd < 1024; ++fd) close(fd);
  int r = syscall(SYS_close_range, 3, ~0U, 0);
  printf("close_range: %d\n", r);
  for (int fd = 3; fd < 1024; ++fd) close(fd);
  list_fds("after closing everything");
  printf("close(1023) again: %d\n", close(1023));
  getppid();
  fflush(stdout);
  return 0;
}
