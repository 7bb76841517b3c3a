// fcntl's open-file-description locks: F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK with unknown l_type, l_whence SEEK_END and unknown, negative starts and lengths, a non-zero l_pid (refused), a bad pointer and a struct flock cut by the end of a page; F_GETLK/F_SETLK with the same odd structs.
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  int fd = syscall(SYS_memfd_create, "ofd", 0);
  syscall(SYS_ftruncate, fd, 4096);
  struct flock fl;
  memset(&fl, 0, sizeof fl);
  fl.l_type = F_WRLCK; fl.l_whence = SEEK_SET; fl.l_start = 0; fl.l_len = 100;
  syscall(SYS_fcntl, fd, F_OFD_SETLK, &fl);
  fl.l_type = F_RDLCK; fl.l_whence = SEEK_END; fl.l_start = -10; fl.l_len = -5;
  syscall(SYS_fcntl, fd, F_OFD_GETLK, &fl);
  fl.l_type = F_UNLCK; fl.l_whence = SEEK_CUR; fl.l_start = 0x7fffffffffffffffLL; fl.l_len = 0;
  syscall(SYS_fcntl, fd, F_OFD_SETLKW, &fl);
  fl.l_type = 7; fl.l_whence = 9;
  syscall(SYS_fcntl, fd, F_OFD_SETLK, &fl);
  fl.l_type = F_WRLCK; fl.l_whence = SEEK_SET; fl.l_pid = 1234;
  syscall(SYS_fcntl, fd, F_OFD_SETLK, &fl);
  syscall(SYS_fcntl, fd, F_OFD_GETLK, BAD);
  char* p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(p + 4096, 4096);
  struct flock* cut = (struct flock*)(p + 4096 - 16);
  cut->l_type = F_RDLCK; cut->l_whence = SEEK_SET; cut->l_start = 5;
  syscall(SYS_fcntl, fd, F_OFD_SETLK, cut);
  syscall(SYS_fcntl, fd, F_SETLK, cut);
  fl.l_type = -1; fl.l_whence = -1; fl.l_pid = -1;
  syscall(SYS_fcntl, fd, F_GETLK, &fl);
  syscall(SYS_fcntl, fd, F_SETLKW, &fl);
  fl.l_type = F_UNLCK; fl.l_whence = SEEK_SET; fl.l_start = 0; fl.l_len = 0; fl.l_pid = 0;
  syscall(SYS_fcntl, fd, F_OFD_SETLK, &fl);
  return 0;
}
