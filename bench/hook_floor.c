/* hook_floor N — what the pieces of a traced call cost on this host, untraced
 * (docs/performance.md, "Interposer per-call cost, second pass").
 *
 * Each line is "PIECE ns_per_call", the least of 7 runs of N iterations
 * timed by the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID: time the thread
 * waited for a core on a loaded machine does not count; the least run is the
 * one the machine's other work disturbed least):
 *   getppid           the syscall, made from this binary's own `syscall`;
 *   getppid_sud_on    the same with Syscall User Dispatch on for the thread
 *                     and the call made from inside the allowed range, as
 *                     lzptrace's entry path makes every call: the kernel's
 *                     slow path for a dispatching thread, and nothing else;
 *   getppid_sud_outside the same made from outside the range with the selector
 *                     at ALLOW (the kernel also reads the selector byte);
 *   rdtsc             one TSC read (what the interposer stamps calls with);
 *   lock_add          one locked add to a cache line of our own (-c's counters);
 *   clock_gettime     the vDSO call (CLOCK_MONOTONIC).
 * The SUD lines are the floor of a hybrid-mode call that records nothing:
 * its cost beyond native that no user-space work of ours can remove while
 * dispatch has to stay on (a site not yet rewritten can run at any time). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH 59
#define PR_SYS_DISPATCH_ON 1
#endif
#define SELECTOR_ALLOW 0
#define SELECTOR_BLOCK 1

/* The allowed range: one function holding the only `syscall` the SUD loops use. */
extern long floor_getppid(void);
__asm__(".text\n.globl floor_getppid\n.type floor_getppid,@function\n"
        "floor_getppid:\n movl $110, %eax\n syscall\n ret\n"
        ".globl floor_getppid_end\nfloor_getppid_end:\n");
extern char floor_getppid_end[];

static long n;
static volatile char selector = SELECTOR_ALLOW;
static volatile uint64_t sink;

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static uint64_t rdtsc(void) {
  uint32_t lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return ((uint64_t)hi << 32) | lo;
}

static void loop_getppid(void) { for (long i = 0; i < n; ++i) floor_getppid(); }
static void loop_rdtsc(void) { for (long i = 0; i < n; ++i) sink += rdtsc(); }
static void loop_lock_add(void) {
  static _Alignas(64) uint64_t counter;
  for (long i = 0; i < n; ++i) __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
  sink = counter;
}
static void loop_clock_gettime(void) {
  struct timespec ts;
  for (long i = 0; i < n; ++i) clock_gettime(CLOCK_MONOTONIC, &ts);
}
/* From outside the range: the kernel reads the selector (ALLOW) and runs it. */
static void loop_getppid_outside(void) { for (long i = 0; i < n; ++i) syscall(SYS_getppid); }

static double least_of_runs(void (*body)(void)) {
  double best = 1e30;
  for (int run = 0; run < 7; ++run) {
    double t0 = now_ns();
    body();
    double per_call = (now_ns() - t0) / (double)n;
    if (per_call < best) best = per_call;
  }
  return best;
}

int main(int argc, char** argv) {
  n = argc > 1 ? atol(argv[1]) : 1000000;
  double native = least_of_runs(loop_getppid);
  double tsc = least_of_runs(loop_rdtsc);
  double lock = least_of_runs(loop_lock_add);
  double vdso = least_of_runs(loop_clock_gettime);
  uintptr_t start = (uintptr_t)floor_getppid, length = (uintptr_t)floor_getppid_end - start;
  if (prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, start, length, &selector) != 0) {
    perror("PR_SET_SYSCALL_USER_DISPATCH");
    return 1;
  }
  /* Selector at ALLOW throughout: printing and the clock reads run untrapped. */
  double sud_on = least_of_runs(loop_getppid);
  double sud_outside = least_of_runs(loop_getppid_outside);
  printf("getppid %.1f\ngetppid_sud_on %.1f\ngetppid_sud_outside %.1f\nrdtsc %.1f\nlock_add %.1f\nclock_gettime %.1f\n",
         native, sud_on, sud_outside, tsc, lock, vdso);
  return 0;
}
