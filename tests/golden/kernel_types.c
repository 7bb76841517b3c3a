/* Golden program: arguments the kernel reads as 32-bit (int, unsigned int,
 * pid_t, uid_t) or 16-bit (umode_t) values, passed with junk in the high bits
 * of the register, and negative or all-ones values. strace prints only the
 * bits the kernel reads, with the kernel type's signedness. Every call fails
 * (bad fd, bad path, bad flag), so the program changes nothing. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HI 0xdefaced00000000UL
#define BAD_PATH "/nonexistent-lzptrace-golden/x"

int main(void) {
  syscall(SYS_close_range, HI | 0xfffffffeUL, HI | 0xffffffffUL, HI | 2);
  syscall(SYS_close_range, 5UL, 4UL, 0UL);
  syscall(SYS_dup3, HI | 0xfffffffbUL, HI | 7, HI | O_CLOEXEC);
  syscall(SYS_dup2, HI | 0xfffffffbUL, HI | 7);
  syscall(SYS_close, HI | 0xfffffffbUL);
  syscall(SYS_read, HI | 0xfffffffbUL, 0UL, 0UL);
  syscall(SYS_lseek, HI | 0xfffffffbUL, -1L, HI | SEEK_END);
  syscall(SYS_creat, BAD_PATH, 0xffff0000UL);
  syscall(SYS_creat, BAD_PATH, HI | 0x1ed);
  syscall(SYS_mkdir, BAD_PATH, HI | 0x1ff);
  syscall(SYS_chmod, BAD_PATH, 0xffffffffffffffffUL);
  syscall(SYS_fchmod, HI | 0xfffffffbUL, HI | 0644);
  syscall(SYS_mkdirat, HI | 0xffffff9cUL, BAD_PATH, HI | 0755);
  syscall(SYS_fchmodat, HI | 0xffffff9cUL, BAD_PATH, HI | 0600);
  syscall(SYS_faccessat, HI | 0xffffff9cUL, BAD_PATH, HI | R_OK);
  syscall(SYS_faccessat2, HI | 0xffffff9cUL, BAD_PATH, HI | W_OK, HI | AT_EACCESS);
  syscall(SYS_kill, HI | 0x7fffffffUL, HI);
  syscall(SYS_inotify_init1, HI | O_CLOEXEC | 0x1);
  syscall(SYS_alarm, HI | 0);
  syscall(SYS_listen, HI | 0xfffffffbUL, HI | 0xffffffffUL);
  syscall(SYS_setpgid, HI | 0xfffffffeUL, HI | 0xfffffffeUL);
  syscall(SYS_getpgid, HI | 0xfffffffeUL);
  syscall(SYS_flock, HI | 0xfffffffbUL, HI | LOCK_SH);
  syscall(SYS_fsync, HI | 0xfffffffbUL);
  syscall(SYS_ftruncate, HI | 0xfffffffbUL, -1L);
  syscall(SYS_fchdir, HI | 0xfffffffbUL);
  syscall(SYS_pidfd_open, HI | 0xfffffffeUL, HI);
  syscall(SYS_eventfd2, HI | 0xffffffffUL, HI | O_CLOEXEC | 0x1);
  syscall(SYS_getpriority, HI | 0, HI | 0xffffffffUL);
  syscall(SYS_setpriority, HI | 0, HI | 0xffffffffUL, HI | 0xfffffff0UL);
  syscall(SYS_sched_get_priority_max, HI | 0xffffffffUL);
  syscall(SYS_landlock_restrict_self, HI | 0xfffffffbUL, HI | 0xffffffffUL);
  syscall(SYS_mbind, 0UL, 0UL, HI | 0xffffffffUL, 0UL, -1L, HI | 0xffffffffUL);
  syscall(SYS_umask, HI | 022);
  syscall(SYS_umask, HI | 022);
  syscall(SYS_setuid, HI | 0xffffffffUL);
  syscall(SYS_setgid, HI | 0xffffffffUL);
  syscall(SYS_pipe2, 0UL, HI | O_CLOEXEC);
  syscall(SYS_epoll_create1, HI | 0xffffffffUL);
  syscall(SYS_timerfd_create, HI | 0xffffffffUL, HI | 0);
  syscall(SYS_memfd_create, 0UL, HI | 1);
  syscall(SYS_getrandom, 0UL, -1L, HI | 0xfffffff0UL | 1);
  syscall(SYS_pkey_free, HI | 0xffffffffUL);
  syscall(SYS_tgkill, HI | 0xffffffffUL, HI | 0xffffffffUL, HI);
  syscall(SYS_socket, HI | 0xffffffffUL, HI | 0xffffffffUL, HI | 0xffffffffUL);
  syscall(SYS_shutdown, HI | 0xfffffffbUL, HI | 0xffffffffUL);
  syscall(SYS_readv, HI | 0xfffffffbUL, 0UL, HI | 1);
  syscall(SYS_writev, HI | 0xfffffffbUL, 0UL, -1L);
  syscall(SYS_setgroups, HI | 0xffffffffUL, 0UL);
  syscall(SYS_sched_setaffinity, HI | 0xffffffffUL, HI | 0xffffffffUL, 0UL);
  syscall(SYS_process_madvise, HI | 0xffffffffUL, 0UL, HI | 0xffffffffUL, HI, HI | 0xffffffffUL);
  syscall(SYS_pidfd_getfd, HI | 0xffffffffUL, HI | 0xffffffffUL, HI | 0xffffffffUL);
  syscall(SYS_pidfd_send_signal, HI | 0xffffffffUL, HI, 0UL, HI | 0xffffffffUL);
  syscall(SYS_set_mempolicy_home_node, 0UL, 0UL, HI | 0xffffffffUL, HI | 0xffffffffUL);
  syscall(SYS_exit_group, HI | 0);
}
