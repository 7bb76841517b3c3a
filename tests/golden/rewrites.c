/* Golden program for strace's rewriting injections (-e inject=...:poke_enter=,
 * poke_exit=, syscall=): writes into a socket pair and the receives that
 * take the bytes back (calls the loader never makes, so every call of them
 * is the program's), and two getppid. */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int s[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, s) != 0) return 1;
  char out[] = "hello world";
  char in[16];
  memset(in, 0, sizeof in);
  write(s[0], out, 11);
  recv(s[1], in, 11, 0);
  write(s[0], "second", 6);
  recv(s[1], in, 6, 0);
  getppid();
  getppid();
  close(s[0]);
  close(s[1]);
  return 0;
}
