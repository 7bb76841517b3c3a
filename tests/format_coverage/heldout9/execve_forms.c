// execve's and execveat's arguments and failures: a long argv (strace's `...` after 32 strings? no: all printed), an env shown as /* N vars */ (and in full under -v), NULL argv, EFAULT, ENOENT, EACCES (a non-executable file), ENOEXEC (an executable file of junk), execveat with AT_EMPTY_PATH on an O_PATH fd of that file, a bad flag; then the program execs itself and the new image exits 0.
// compare-options: -e trace=!open,pread64
// compare-options: -v -s 8 -e trace=!open,pread64
// compare-options: -f -e trace=execve,execveat,exit_group
#include "sync.h"
#include <sys/stat.h>
int main(int argc, char **argv) {
  if (argc > 2) {
    syscall(SYS_getppid);
    syscall(SYS_exit_group, 0);
  }
  char self[256];
  long n = readlink("/proc/self/exe", self, sizeof self - 1);
  self[n < 0 ? 0 : n] = 0;
  syscall(SYS_mkdir, "/tmp/lzp-h9-exec", 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, "/tmp/lzp-h9-exec/junk", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  syscall(SYS_write, fd, "\x7f" "ELFjunkjunkjunk", 16);
  syscall(SYS_close, fd);
  char *env[] = {"A=1", "LONGER_VARIABLE=some value here", "C=", 0};
  char *many[40];
  for (int i = 0; i < 39; i++) many[i] = i % 2 ? "x" : "argument";
  many[39] = 0;
  syscall(SYS_execve, "/nonexistent-lzp-h9/prog", many, env);
  syscall(SYS_execve, "/tmp/lzp-h9-exec/junk", many + 30, env);
  syscall(SYS_chmod, "/tmp/lzp-h9-exec/junk", 0700);
  syscall(SYS_execve, "/tmp/lzp-h9-exec/junk", many + 35, 0);
  syscall(SYS_execve, "/tmp/lzp-h9-exec/junk", 0, env);
  syscall(SYS_execve, "/tmp/lzp-h9-exec/junk", (char **)8, env);
  fd = syscall(SYS_openat, AT_FDCWD, "/tmp/lzp-h9-exec/junk", O_PATH);
  syscall(SYS_execveat, fd, "", many + 37, env, AT_EMPTY_PATH);
  syscall(SYS_execveat, fd, "", many + 37, env, 0x40000);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, "/tmp/lzp-h9-exec/junk");
  syscall(SYS_rmdir, "/tmp/lzp-h9-exec");
  char *av[] = {self, "again", "and again", 0};
  syscall(SYS_execve, self, av, env);
  return 1;
}
