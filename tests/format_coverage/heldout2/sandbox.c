// landlock and seccomp: version queries, bad rulesets and filters, unknown operations.
#include <linux/landlock.h>
#include <linux/seccomp.h>
#include <linux/filter.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
  struct landlock_ruleset_attr ra = {.handled_access_fs = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE};
  syscall(SYS_landlock_create_ruleset, &ra, 4, 0);
  syscall(SYS_landlock_create_ruleset, &ra, sizeof ra, 0x10);
  struct landlock_path_beneath_attr pb = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE, .parent_fd = -1};
  syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
  syscall(SYS_landlock_add_rule, -1, 7, NULL, 0);
  syscall(SYS_landlock_restrict_self, -1, 0);
  unsigned int action = SECCOMP_RET_LOG;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
  action = 0x12345678; syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
  struct seccomp_notif_sizes sizes;
  syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes);
  struct sock_fprog prog = {.len = 0, .filter = NULL};
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, &prog);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL);
  syscall(SYS_seccomp, 99, 0, NULL);
  return 0;
}
