// perf_event_open with too-large size (E2BIG), bad attr pointer, bad flags.
#include <linux/perf_event.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  char buf[256]; struct perf_event_attr* a = (void*)buf; memset(buf, 0, sizeof buf);
  a->type = PERF_TYPE_SOFTWARE; a->config = PERF_COUNT_SW_DUMMY; a->size = 200; buf[199] = 1;
  syscall(SYS_perf_event_open, a, 0, -1, -1, 0);
  syscall(SYS_perf_event_open, (void*)0xbad0000, 0, -1, -1, 0);
  a->size = 0; buf[199] = 0; syscall(SYS_perf_event_open, a, 0, -1, -1, 0xff);
  return 0;
}
