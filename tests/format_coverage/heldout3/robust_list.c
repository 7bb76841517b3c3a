// set_robust_list, get_robust_list, set_tid_address: good and bad lengths, pids and pointers.
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  void* head; size_t len;
  syscall(SYS_get_robust_list, 0, &head, &len);
  syscall(SYS_get_robust_list, 999999, &head, &len);
  syscall(SYS_get_robust_list, 0, (void*)0xbad0000, &len);
  syscall(SYS_set_robust_list, head, 7);
  syscall(SYS_set_robust_list, head, len);
  syscall(SYS_set_robust_list, NULL, 24);
  return 0;
}
