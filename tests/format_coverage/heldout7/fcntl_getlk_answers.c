// F_GETLK and F_OFD_GETLK answers: no conflict (F_UNLCK written back), a conflicting OFD lock on another open of the same file (l_pid -1), a conflicting classic lock held against an OFD query, whence SEEK_CUR/SEEK_END with negative starts, l_len 0 and negative; F_SETLK/F_GETLK on a read-only fd with F_WRLCK (EBADF).
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-getlk"
static struct flock lk(short type, short whence, long start, long len) {
  struct flock f;
  memset(&f, 0, sizeof f);
  f.l_type = type;
  f.l_whence = whence;
  f.l_start = start;
  f.l_len = len;
  return f;
}
int main(void) {
  mkdir(D, 0700);
  int a = open(D "/f", O_RDWR | O_CREAT, 0600);
  write(a, "0123456789", 10);
  int b = open(D "/f", O_RDWR);
  int ro = open(D "/f", O_RDONLY);
  struct flock f = lk(F_WRLCK, SEEK_SET, 0, 0);
  syscall(SYS_fcntl, a, F_GETLK, &f);
  f = lk(F_WRLCK, SEEK_SET, 2, 3);
  syscall(SYS_fcntl, a, F_OFD_SETLK, &f);
  f = lk(F_RDLCK, SEEK_SET, 0, 0);
  syscall(SYS_fcntl, b, F_OFD_GETLK, &f);
  f = lk(F_WRLCK, SEEK_END, -5, 0);
  syscall(SYS_fcntl, b, F_OFD_GETLK, &f);
  lseek(b, 4, SEEK_SET);
  f = lk(F_WRLCK, SEEK_CUR, -1, -2);
  syscall(SYS_fcntl, b, F_OFD_GETLK, &f);
  f = lk(F_RDLCK, SEEK_SET, 8, 2);
  syscall(SYS_fcntl, b, F_SETLK, &f);
  f = lk(F_WRLCK, SEEK_SET, 0, 0);
  syscall(SYS_fcntl, a, F_OFD_GETLK, &f);
  syscall(SYS_fcntl, b, F_GETLK, &f);
  f = lk(F_WRLCK, SEEK_SET, 0, 1);
  syscall(SYS_fcntl, ro, F_SETLK, &f);
  syscall(SYS_fcntl, ro, F_GETLK, &f);
  unlink(D "/f");
  rmdir(D);
  return 0;
}
