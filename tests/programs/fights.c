/* Programs that fight the interposer: each subcommand does one thing an
 * in-process tracer could get wrong and prints what it saw, so the traced
 * run can be compared with the untraced one (tests/integration_test.cc).
 *
 *   clone_vm        clone(CLONE_VM) without CLONE_THREAD: a process sharing
 *                   our memory writes a line and exits
 *   vfork_threads   vfork + exec from a process whose other threads run syscalls
 *   altstack [N [wg]]  a handler on the smallest sigaltstack (AT_MINSIGSTKSZ, + N
 *                   bytes; N may be negative) makes syscalls. With w, the
 *                   handler runs once first on a roomy sigaltstack (its
 *                   syscall sites and PLT slots warm); with g, the small
 *                   stack has an inaccessible page below it, so overflowing
 *                   it faults instead of writing into the heap (how
 *                   docs/reliability.md measures the room a handler needs)
 *   seccomp_mmap    a seccomp filter installed now makes mmap fail with EPERM
 *   own_sud         the program turns on its own Syscall User Dispatch with
 *                   its own SIGSYS handler
 *   map_fixed_zero  MAP_FIXED at address 0
 *   bad_numbers     one `syscall` site, run first with getpid (so it is
 *                   rewritten to `call *%rax`), then with numbers no kernel
 *                   knows: past the trampoline's sled, the page's last
 *                   byte, -1, an x32 number (each must answer ENOSYS as
 *                   untraced, the x32 range 512-547 too; only 2703-2714
 *                   land inside the trampoline's movabs: tracer/zpoline.cc)
 *   huge_ranges     munmap, mprotect and madvise of a page of its own with
 *                   lengths that reach past the top of user space or wrap
 *                   (EINVAL, or ENOMEM at the first hole, as untraced: the
 *                   interposer's mappings must not make them touch more)
 *   mprotect_all    every writable private mapping (the interposer's among
 *                   them, when traced) made read-only and writable again
 *   unmap_named     every mapping named like lzptrace's (the
 *                   interposer's image and the ring, when traced) given
 *                   MADV_DONTNEED and MADV_DONTFORK, then unmapped; then
 *                   syscalls and a fork go on */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int clone_vm_child(void* arg) {
  (void)arg;
  static const char line[] = "clone_vm child ran\n";
  syscall(SYS_write, 1, line, sizeof(line) - 1);
  return 4;
}

static int clone_vm(void) {
  size_t size = 256 << 10;
  char* stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  fflush(stdout);
  pid_t pid = clone(clone_vm_child, stack + size, CLONE_VM | SIGCHLD, NULL);
  int status = 0;
  waitpid(pid, &status, 0);
  printf("clone_vm child exited %d\n", WEXITSTATUS(status));
  return 0;
}

static volatile int stop;
static void* spin(void* arg) {
  (void)arg;
  while (!stop) syscall(SYS_getppid);
  return NULL;
}

static int vfork_threads(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; ++i) pthread_create(&t[i], NULL, spin, NULL);
  int ok = 0;
  for (int i = 0; i < 20; ++i) {
    pid_t pid = vfork();
    if (pid == 0) {
      execl("/bin/true", "true", (char*)NULL);
      _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) ok++;
  }
  stop = 1;
  for (int i = 0; i < 4; ++i) pthread_join(t[i], NULL);
  printf("vfork+exec from a threaded process: %d of 20 ok\n", ok);
  return 0;
}

static volatile int handled;
static void on_usr1(int sig) {
  (void)sig;
  char here;
  static const char line[] = "handler on the small stack\n";
  syscall(SYS_write, 1, line, sizeof(line) - 1);
  syscall(SYS_getppid);
  stack_t now;
  sigaltstack(NULL, &now);
  handled = (now.ss_flags & SS_ONSTACK) && &here > (char*)now.ss_sp ? 1 : -1;
}

static int altstack(long extra, const char* how) {
  /* The smallest stack the kernel can deliver a signal on (AT_MINSIGSTKSZ:
   * the historical 2 KiB MINSIGSTKSZ is too small for AVX-512 state). */
  size_t size = (size_t)sysconf(_SC_MINSIGSTKSZ) + (size_t)extra;
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, NULL);
  if (strchr(how, 'w') != NULL) {
    stack_t roomy = {.ss_sp = malloc(65536), .ss_size = 65536, .ss_flags = 0};
    if (sigaltstack(&roomy, NULL) != 0) return perror("sigaltstack"), 1;
    raise(SIGUSR1);
  }
  char* small;
  if (strchr(how, 'g') != NULL) {
    size_t pages = (size + 4095) / 4096 + 1;
    char* region = mmap(NULL, pages * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED || mprotect(region, 4096, PROT_NONE) != 0) return perror("mmap"), 1;
    small = region + 4096;
  } else {
    small = malloc(size);
  }
  stack_t ss = {.ss_sp = small, .ss_size = size, .ss_flags = 0};
  if (sigaltstack(&ss, NULL) != 0) return perror("sigaltstack"), 1;
  fflush(stdout);
  for (int i = 0; i < 3; ++i) raise(SIGUSR1);
  printf("smallest stack: handled on it: %s\n", handled == 1 ? "yes" : "no");
  return 0;
}

static int seccomp_mmap(void) {
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {sizeof(filter) / sizeof(filter[0]), filter};
  printf("no_new_privs: %d\n", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
  printf("seccomp: %d\n", prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog));
  void* p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  printf("mmap after the filter: %s\n", p == MAP_FAILED ? strerror(errno) : "mapped");
  printf("getppid still works: %s\n", syscall(SYS_getppid) > 0 ? "yes" : "no");
  return 0;
}

static char sud_selector = SYSCALL_DISPATCH_FILTER_ALLOW;
static volatile int sud_traps;
static void on_sigsys(int sig, siginfo_t* info, void* context) {
  (void)sig;
  (void)context;
  sud_selector = SYSCALL_DISPATCH_FILTER_ALLOW;
  if (info->si_code == 2 /* SYS_USER_DISPATCH */) sud_traps++;
}

static int own_sud(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_sigaction = on_sigsys;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSYS, &sa, NULL);
  long on = prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, 0, 0, &sud_selector);
  if (on == 0) {
    sud_selector = SYSCALL_DISPATCH_FILTER_BLOCK;
    syscall(SYS_getppid);  /* trapped: the handler allows again */
    prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
  }
  printf("own dispatch: %s, traps %d\n", on == 0 ? "on" : strerror(errno), sud_traps);
  return 0;
}

static int map_fixed_zero(void) {
  void* p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  printf("MAP_FIXED at 0: %s\n", p == MAP_FAILED ? strerror(errno) : "mapped");
  return 0;
}

/* /proc/self/maps as one string (a static buffer). */
static char* read_maps(void) {
  static char maps[65536];
  FILE* f = fopen("/proc/self/maps", "r");
  size_t n = fread(maps, 1, sizeof(maps) - 1, f);
  fclose(f);
  maps[n] = '\0';
  return maps;
}

static int mprotect_all(void) {
  char* maps = read_maps();
  int failures = 0;
  char* line = maps;
  /* Not the stack (this loop's variables), nor the thread's control block,
   * where the kernel writes rseq's fields on any signal delivery; nothing
   * here writes static data or the heap between the two calls. */
  unsigned long tcb = (unsigned long)__builtin_thread_pointer();
  while (line && *line) {
    char* next = strchr(line, '\n');
    if (next) *next++ = '\0';
    unsigned long start, end;
    char perms[8];
    if (sscanf(line, "%lx-%lx %7s", &start, &end, perms) == 3 && perms[1] == 'w' && perms[3] == 'p' &&
        !strstr(line, "[stack]") && !strstr(line, "[vvar]") &&
        !(start <= tcb && tcb < end)) {
      if (mprotect((void*)start, end - start, PROT_READ) != 0) failures++;
      if (syscall(SYS_mprotect, start, end - start, PROT_READ | PROT_WRITE) != 0) failures++;
    }
    line = next;
  }
  printf("mprotect round trips failed: %d\n", failures);
  return 0;
}

static int unmap_named(void) {
  char* maps = read_maps();
  int failures = 0;
  for (char* line = maps; line && *line;) {
    char* next = strchr(line, '\n');
    if (next) *next++ = '\0';
    unsigned long start, end;
    if ((strstr(line, "/liblzptrace") || strstr(line, "lzptrace-ring")) && sscanf(line, "%lx-%lx", &start, &end) == 2) {
      failures += madvise((void*)start, end - start, MADV_DONTNEED) != 0;
      failures += madvise((void*)start, end - start, MADV_DONTFORK) != 0;
      failures += munmap((void*)start, end - start) != 0;
    }
    line = next;
  }
  long agreed = 0;
  for (int i = 0; i < 100; ++i) agreed += syscall(SYS_getppid) == getppid();
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) _exit(syscall(SYS_getppid) > 0 ? 3 : 4);
  int status = 0;
  waitpid(child, &status, 0);
  printf("sweep failures: %d, getppid agreed: %ld, child exited %d\n", failures, agreed, WEXITSTATUS(status));
  return 0;
}

// One syscall instruction for every number (not libc's syscall(), whose
// site other calls share).
static __attribute__((noinline)) long raw_syscall0(long nr) {
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(nr) : "rcx", "r11", "memory");
  return ret;
}

static int huge_ranges(void) {
  static const unsigned long lengths[] = {0xffffffff80000000UL, 0xdefaced00000001UL, 0x8000000000000000UL,
                                          0xffffffffffffffffUL, 0x7fffffffUL};
  static const long calls[] = {SYS_mprotect, SYS_madvise, SYS_munmap};
  char* page = mmap((void*)0x5a000000UL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                    -1, 0);
  if (page == MAP_FAILED) return 1;
  for (unsigned c = 0; c < sizeof(calls) / sizeof(calls[0]); ++c)
    for (unsigned i = 0; i < sizeof(lengths) / sizeof(lengths[0]); ++i) {
      long ret = syscall(calls[c], page, lengths[i], calls[c] == SYS_madvise ? MADV_NORMAL : PROT_READ | PROT_WRITE);
      printf("%ld %#lx: %s\n", calls[c], lengths[i], ret == 0 ? "0" : strerror(errno));
    }
  printf("still here\n");
  return 0;
}

static int bad_numbers(void) {
  static const long numbers[] = {SYS_getpid, 460, 511, 512, 513, 514, 515, 516, 517, 520, 524, 525, 547,
                                 600, 1000, 2702, 2715, 4095, 4096, -1, -2, 0x40000000L | SYS_getpid,
                                 SYS_getpid};
  for (unsigned i = 0; i < sizeof(numbers) / sizeof(numbers[0]); ++i) {
    long ret = raw_syscall0(numbers[i]);
    printf("%ld: %s\n", numbers[i], ret == getpid() ? "pid" : ret < 0 ? strerror((int)-ret) : "other");
  }
  return 0;
}

int main(int argc, char** argv) {
  const char* what = argc > 1 ? argv[1] : "";
  if (strcmp(what, "clone_vm") == 0) return clone_vm();
  if (strcmp(what, "vfork_threads") == 0) return vfork_threads();
  if (strcmp(what, "altstack") == 0) return altstack(argc > 2 ? atol(argv[2]) : 0, argc > 3 ? argv[3] : "");
  if (strcmp(what, "seccomp_mmap") == 0) return seccomp_mmap();
  if (strcmp(what, "own_sud") == 0) return own_sud();
  if (strcmp(what, "map_fixed_zero") == 0) return map_fixed_zero();
  if (strcmp(what, "huge_ranges") == 0) return huge_ranges();
  if (strcmp(what, "bad_numbers") == 0) return bad_numbers();
  if (strcmp(what, "mprotect_all") == 0) return mprotect_all();
  if (strcmp(what, "unmap_named") == 0) return unmap_named();
  fprintf(stderr, "usage: fights clone_vm|vfork_threads|altstack|seccomp_mmap|own_sud|map_fixed_zero|mprotect_all|unmap_named\n");
  return 2;
}
