// lseek's answers on a sparse file of its own: SEEK_DATA and SEEK_HOLE from several offsets, past the end (ENXIO), SEEK_END with negative and positive offsets, a negative result (EINVAL), unknown whence; fallocate PUNCH_HOLE|KEEP_SIZE then SEEK_HOLE again; lseek on a pipe (ESPIPE).
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-holes"
int main(void) {
  mkdir(D, 0700);
  int f = open(D "/sparse", O_RDWR | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_pwrite64, f, "data", 4, 1 << 20);
  syscall(SYS_lseek, f, 0, SEEK_DATA);
  syscall(SYS_lseek, f, 0, SEEK_HOLE);
  syscall(SYS_lseek, f, (1 << 20) + 2, SEEK_HOLE);
  syscall(SYS_lseek, f, (1 << 20) + 100, SEEK_DATA);
  syscall(SYS_lseek, f, -10, SEEK_END);
  syscall(SYS_lseek, f, 10, SEEK_END);
  syscall(SYS_lseek, f, -(2 << 20), SEEK_END);
  syscall(SYS_lseek, f, 0, 5);
  syscall(SYS_fallocate, f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 1 << 20);
  syscall(SYS_lseek, f, 0, SEEK_DATA);
  int p[2];
  pipe(p);
  syscall(SYS_lseek, p[0], 0, SEEK_CUR);
  close(f);
  unlink(D "/sparse");
  rmdir(D);
  return 0;
}
