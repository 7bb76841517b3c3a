// Offsets the kernel writes back: sendfile with an offset (0 => 5), at the file's end (0 bytes), a negative offset, NULL; splice with off_in and off_out on the file side; copy_file_range with both offsets, one, a length past the end and unknown flags; the counts as results.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h7-offsets"
int main(void) {
  mkdir(D, 0700);
  int f = open(D "/src", O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(f, "0123456789abcdef", 16);
  int g = open(D "/dst", O_RDWR | O_CREAT | O_TRUNC, 0600);
  int p[2];
  pipe(p);
  long long off = 0;
  syscall(SYS_sendfile, p[1], f, &off, 5);
  off = 16;
  syscall(SYS_sendfile, p[1], f, &off, 5);
  off = -1;
  syscall(SYS_sendfile, p[1], f, &off, 5);
  lseek(f, 14, SEEK_SET);
  syscall(SYS_sendfile, p[1], f, 0, 5);
  long long in = 3, out = 7;
  syscall(SYS_splice, f, &in, p[1], 0, 4, SPLICE_F_MOVE);
  syscall(SYS_splice, p[0], 0, g, &out, 6, SPLICE_F_NONBLOCK | SPLICE_F_MORE);
  in = 2;
  out = 20;
  syscall(SYS_copy_file_range, f, &in, g, &out, 3, 0);
  syscall(SYS_copy_file_range, f, 0, g, &out, 100, 0);
  in = 100;
  syscall(SYS_copy_file_range, f, &in, g, 0, 5, 0);
  syscall(SYS_copy_file_range, f, &in, g, &out, 5, 1);
  unlink(D "/src");
  unlink(D "/dst");
  rmdir(D);
  return 0;
}
