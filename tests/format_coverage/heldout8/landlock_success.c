// Landlock that succeeds: the ABI version query, rulesets of sizes 8, 16 and 24 (fs, net and scoped rights, including rights newer than 6.1), unknown rights, a path-beneath rule on its own directory, a TCP port rule, a bad rule type, restricting itself, then an open outside the rule refused (EACCES).
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/landlock.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-landlock_success"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
  unsigned long long attr[3] = {LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_WRITE_FILE, 0, 0};
  int r8 = syscall(SYS_landlock_create_ruleset, attr, 8, 0);
  attr[0] = LANDLOCK_ACCESS_FS_READ_FILE | (1ULL << 14) | (1ULL << 15);
  attr[1] = 1 | 2;
  int r16 = syscall(SYS_landlock_create_ruleset, attr, 16, 0);
  attr[2] = 1 | 2;
  int r24 = syscall(SYS_landlock_create_ruleset, attr, 24, 0);
  attr[0] = 1ULL << 40;
  syscall(SYS_landlock_create_ruleset, attr, 8, 0);
  int dir = syscall(SYS_openat, AT_FDCWD, D, O_PATH | O_DIRECTORY);
  struct landlock_path_beneath_attr pb = {LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR, dir};
  syscall(SYS_landlock_add_rule, r8, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
  struct { unsigned long long allowed, port; } np = {2, 8080};
  syscall(SYS_landlock_add_rule, r16, 2, &np, 0);
  syscall(SYS_landlock_add_rule, r16, 9, &np, 0);
  syscall(SYS_close, r24);
  syscall(SYS_close, r16);
  syscall(SYS_close, dir);
  syscall(SYS_rmdir, D);
  syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  syscall(SYS_landlock_restrict_self, r8, 0);
  syscall(SYS_openat, AT_FDCWD, "/etc/hostname", O_RDONLY);
  syscall(SYS_close, r8);
  return 0;
}
