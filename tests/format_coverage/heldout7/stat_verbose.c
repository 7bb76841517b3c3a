// The stat family under -v and without: fstat/newfstatat/lstat/stat of a regular file with a set size and mode bits (setuid, sticky), a directory, a symlink (AT_SYMLINK_NOFOLLOW), /dev/null (st_rdev makedev), a fifo, a pipe and a socket; times normalised.
// compare-options:
// compare-options: -v
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-statv"
int main(void) {
  mkdir(D, 0700);
  int f = open(D "/f", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "12345", 5);
  fchmod(f, 04751);
  mkfifo(D "/fifo", 0640);
  symlink("f", D "/l");
  mkdir(D "/d", 01777);
  struct stat st;
  syscall(SYS_fstat, f, &st);
  syscall(SYS_newfstatat, AT_FDCWD, D "/d", &st, 0);
  syscall(SYS_newfstatat, AT_FDCWD, D "/l", &st, AT_SYMLINK_NOFOLLOW);
  syscall(SYS_lstat, D "/fifo", &st);
  syscall(SYS_stat, "/dev/null", &st);
  int p[2];
  pipe(p);
  syscall(SYS_fstat, p[0], &st);
  int s = socket(AF_UNIX, SOCK_DGRAM, 0);
  syscall(SYS_fstat, s, &st);
  unlink(D "/f");
  unlink(D "/fifo");
  unlink(D "/l");
  rmdir(D "/d");
  rmdir(D);
  return 0;
}
