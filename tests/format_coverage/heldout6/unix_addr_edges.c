// AF_UNIX addresses at their edges, all in the program's own directory (it works there, so relative names stay inside it): bind with sun_path of exactly 108 bytes (no NUL) and with addrlen 111 (past the struct), connect with 107 bytes plus NUL, abstract names with NULs and non-printable bytes, addrlen 3 (an empty abstract name) and 1, a path bound with and without its NUL, autobind (addrlen 2), connect to a path that is not bound, a wrong family.
#define _GNU_SOURCE
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#define D "/tmp/lzp-h6-unix"
int main(void) {
  mkdir(D, 0700);
  chdir(D);
  struct { struct sockaddr_un un; char pad[8]; } a;
  memset(&a, 0, sizeof a);
  a.un.sun_family = AF_UNIX;
  int s = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  memset(a.un.sun_path, 'p', 108);
  syscall(SYS_bind, s, &a, sizeof(struct sockaddr_un) + 1);
  syscall(SYS_bind, s, &a, sizeof(struct sockaddr_un));
  a.un.sun_path[107] = 0;
  syscall(SYS_connect, s, &a, sizeof(struct sockaddr_un));
  memset(a.un.sun_path, 0, 108);
  a.un.sun_path[1] = 'a'; a.un.sun_path[2] = 0; a.un.sun_path[3] = '\n'; a.un.sun_path[4] = (char)0xe9;
  syscall(SYS_connect, s, &a, 7);
  syscall(SYS_connect, s, &a, 3);
  syscall(SYS_connect, s, &a, 1);
  int t = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  int u = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
  strcpy(a.un.sun_path, D "/sock");
  syscall(SYS_connect, t, &a, sizeof a.un.sun_family + strlen(a.un.sun_path));
  syscall(SYS_bind, t, &a, sizeof a.un.sun_family + strlen(a.un.sun_path) + 1);
  syscall(SYS_bind, u, &a, sizeof a.un.sun_family + strlen(a.un.sun_path));
  syscall(SYS_bind, u, &a, 2);
  a.un.sun_family = AF_INET;
  syscall(SYS_connect, u, &a, sizeof a.un);
  char name[109];
  memset(name, 'p', 108);
  name[108] = 0;
  unlink(name);
  unlink(D "/sock");
  chdir("/");
  rmdir(D);
  return 0;
}
