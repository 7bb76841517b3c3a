/* The signals the interposer owns (SIGSEGV, SIGBUS, SIGSYS) in the ways a
 * program can meet them, each mode printing what the program saw:
 *   queued   queues itself a SIGSEGV with a fault's code (SEGV_MAPERR) at its
 *            default action: it dies of it, as untraced (no fault to re-run)
 *   ignored  the same SIGBUS while SIG_IGN: ignored ("ignored")
 *   held     the same SIGSEGV while it blocks it: pending, taken back by
 *            sigtimedwait with its code and address, then no longer pending
 *   unblock  the same SIGSEGV blocked, with a handler: delivered when
 *            unblocked, not before ("queued", then the handler's line)
 *   fault    a real fault whose handler makes the page writable and returns
 *            (the kernel's rt_sigreturn shows in the trace)
 *   seccomp  a seccomp filter traps getppid (SECCOMP_RET_TRAP); the handler
 *            sees the program's own call address and sets the result (42) */
#define _GNU_SOURCE
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

static char* page;
static const char* label;

static void Queue(int sig, int code) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = sig;
  si.si_code = code;
  si.si_addr = (void*)0xbadc0de;
  syscall(SYS_rt_sigqueueinfo, getpid(), sig, &si);
}

static void OnSegv(int sig, siginfo_t* info, void* context) {
  (void)context;
  printf("handler %d code %d addr %p\n", sig, info->si_code, info->si_addr);
}

static void MakeWritable(int sig, siginfo_t* info, void* context) {
  (void)sig, (void)info, (void)context;
  mprotect(page, 4096, PROT_READ | PROT_WRITE);
}

static void OnTrap(int sig, siginfo_t* info, void* context) {
  (void)sig;
  // The call site is in libc's syscall(), a few bytes in; never ours.
  long from = (char*)info->si_call_addr - (char*)syscall;
  label = from > 0 && from < 64 ? "the program's" : "another";
  ((ucontext_t*)context)->uc_mcontext.gregs[REG_RAX] = 42;
}

static void Handle(int sig, void (*handler)(int, siginfo_t*, void*)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  sigaction(sig, &sa, NULL);
}

int main(int argc, char** argv) {
  const char* mode = argc > 1 ? argv[1] : "";
  setvbuf(stdout, NULL, _IONBF, 0);
  sigset_t segv;
  sigemptyset(&segv);
  sigaddset(&segv, SIGSEGV);
  if (strcmp(mode, "queued") == 0) {
    Queue(SIGSEGV, SEGV_MAPERR);
    printf("survived\n");
  } else if (strcmp(mode, "ignored") == 0) {
    signal(SIGBUS, SIG_IGN);
    Queue(SIGBUS, BUS_ADRERR);
    printf("ignored\n");
  } else if (strcmp(mode, "held") == 0) {
    sigprocmask(SIG_BLOCK, &segv, NULL);
    Queue(SIGSEGV, SEGV_MAPERR);
    sigset_t pending;
    sigpending(&pending);
    printf("pending %d\n", sigismember(&pending, SIGSEGV));
    siginfo_t info;
    int got = sigtimedwait(&segv, &info, NULL);
    printf("took %d code %d addr %p\n", got, info.si_code, info.si_addr);
    sigpending(&pending);
    printf("pending %d\n", sigismember(&pending, SIGSEGV));
  } else if (strcmp(mode, "unblock") == 0) {
    Handle(SIGSEGV, OnSegv);
    sigprocmask(SIG_BLOCK, &segv, NULL);
    Queue(SIGSEGV, SEGV_MAPERR);
    printf("queued\n");
    sigprocmask(SIG_UNBLOCK, &segv, NULL);
    printf("unblocked\n");
  } else if (strcmp(mode, "fault") == 0) {
    Handle(SIGSEGV, MakeWritable);
    page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    page[0] = 1;
    printf("wrote %d\n", page[0]);
  } else if (strcmp(mode, "seccomp") == 0) {
    Handle(SIGSYS, OnTrap);
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog program = {4, filter};
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
    long got = syscall(SYS_getppid);
    printf("getppid %ld, trapped at %s call\n", got, label);
  }
  return 0;
}
