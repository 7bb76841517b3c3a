// keyctl commands no earlier set tried: KEYCTL_DH_COMPUTE, KEYCTL_PKEY_QUERY/ENCRYPT/SIGN, KEYCTL_RESTRICT_KEYRING, KEYCTL_GET_PERSISTENT (bad keyring), KEYCTL_MOVE, KEYCTL_CAPABILITIES, KEYCTL_WATCH_KEY, KEYCTL_INVALIDATE, KEYCTL_GET_SECURITY, and unknown commands; all on keys that do not exist.
#define _GNU_SOURCE
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BAD 0xbad0000UL
int main(void) {
  char buf[64];
  struct keyctl_dh_params dh = {.private = 11, .prime = 12, .base = 13};
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, &dh, buf, sizeof buf, 0);
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, BAD, buf, 0, 0);
  syscall(SYS_keyctl, KEYCTL_PKEY_QUERY, 0x7fffffff, 0, "enc=pkcs1", buf);
  syscall(SYS_keyctl, KEYCTL_PKEY_ENCRYPT, BAD, "", buf, buf);
  syscall(SYS_keyctl, KEYCTL_PKEY_SIGN, 0, "hash=sha256", buf, buf);
  syscall(SYS_keyctl, KEYCTL_RESTRICT_KEYRING, 0x7fffffff, "asymmetric", "key_or_keyring:0");
  syscall(SYS_keyctl, KEYCTL_RESTRICT_KEYRING, 0x7ffffffe, 0, BAD);
  syscall(SYS_keyctl, KEYCTL_GET_PERSISTENT, -1, 0x7fffffff);
  syscall(SYS_keyctl, KEYCTL_MOVE, 0x7fffffff, KEY_SPEC_USER_KEYRING, KEY_SPEC_PROCESS_KEYRING, KEYCTL_MOVE_EXCL);
  syscall(SYS_keyctl, KEYCTL_MOVE, 0x7fffffff, 0x7ffffffe, 0x7ffffffd, 0x3);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, buf, 2);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, BAD, 0);
  syscall(SYS_keyctl, KEYCTL_WATCH_KEY, 0x7fffffff, -1, 0);
  syscall(SYS_keyctl, KEYCTL_INVALIDATE, 0x7fffffff);
  syscall(SYS_keyctl, KEYCTL_GET_SECURITY, 0x7fffffff, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, 99);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE);
  syscall(SYS_keyctl, 33, 0, 0, 0, 0);
  syscall(SYS_keyctl, 0x7fffffff, 1, 2, 3, 4);
  return 0;
}
