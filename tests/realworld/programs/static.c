// static.c — a statically linked program: files, a pipe, a fork and an exit code.
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int fd = open("static.out", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  write(fd, "static\n", 7);
  close(fd);
  int p[2];
  pipe(p);
  pid_t c = fork();
  if (c == 0) { write(p[1], "x", 1); _exit(0); }
  char b;
  read(p[0], &b, 1);
  int st;
  waitpid(c, &st, 0);
  printf("static got %c\n", b);
  return 3;
}
