// add_key, request_key, keyctl: bad types, special keyring ids, commands on missing keys.
#define _GNU_SOURCE
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  syscall(SYS_add_key, "no-such-type", "desc", "payload", 7, KEY_SPEC_THREAD_KEYRING);
  syscall(SYS_add_key, "user", NULL, "x", 1, KEY_SPEC_SESSION_KEYRING);
  syscall(SYS_add_key, NULL, "d", NULL, 0, -100);
  syscall(SYS_request_key, "user", "no-such-key-lzp", NULL, KEY_SPEC_PROCESS_KEYRING);
  syscall(SYS_request_key, "user", "no-such-key-lzp", "callout", 0);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, 123456789, 0);
  syscall(SYS_keyctl, KEYCTL_REVOKE, 123456789);
  syscall(SYS_keyctl, KEYCTL_CHOWN, 123456789, 1000, -1);
  syscall(SYS_keyctl, KEYCTL_SETPERM, 123456789, 0x01000000 | 0x00020000 | 0x80 /* KEY_POS_VIEW|KEY_USR_READ|0x80 */);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, 123456789, NULL, 0);
  syscall(SYS_keyctl, KEYCTL_CLEAR, KEY_SPEC_USER_KEYRING - 100);
  syscall(SYS_keyctl, KEYCTL_LINK, 123456789, KEY_SPEC_SESSION_KEYRING);
  syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_THREAD_KEYRING, "user", "nothing", 0);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE);
  syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, 123456789, 60);
  syscall(SYS_keyctl, KEYCTL_INVALIDATE, 123456789);
  syscall(SYS_keyctl, 0x7fff, 1, 2, 3, 4);
  return 0;
}
