/* lzptrace/handler.h — the C ABI of lzptrace syscall handlers (ABI version 1).
 *
 * A handler is a shared library that `lzptrace --handler=./libmine.so` loads
 * into every traced process (both interposer modes, every thread, every
 * child and exec'd image the trace follows). It declares one struct
 * lzp_handler with LZPTRACE_HANDLER(): a set of syscall numbers (the filter,
 * tested by the interposer before anything else, so a call outside every
 * handler's set costs nothing more) and callbacks the interposer calls for
 * the calls in the set, in --handler order:
 *
 *   on_enter(call)  before the call runs. Return LZP_RUN to let it run, with
 *                   whatever changes were made to call->args (replace
 *                   arguments) and call->nr (make another call instead), or
 *                   LZP_BLOCK to answer it without running it with
 *                   call->result (a value, or -errno: call->result = -EPERM).
 *                   A blocked call skips the handlers after this one.
 *   on_exit(call)   after it returned (or was blocked): call->result is what
 *                   the program will see; change it to change that.
 *   on_process_exit(services, status)  when the process calls exit_group.
 *
 * Any callback may be NULL. call->svc->note(call, "text") attaches a note the
 * trace prints after the call's result as a C comment and --json records
 * as "note" (the last note of a call wins; at most LZP_NOTE_MAX - 1 bytes).
 *
 * The rules. A handler runs inside the traced program, at any syscall of
 * any thread, possibly inside a signal handler or between fork and exec:
 *   - no libc: link with -nostdlib (the examples' build fails otherwise);
 *     no malloc, no stdio, no locks, no thread-local storage, no C++
 *     exceptions or static constructors that need a runtime;
 *   - make syscalls only through call->svc->syscall (raw, never traced or
 *     handled again); a `syscall` instruction of your own is caught like
 *     the program's and comes back to you, nested;
 *   - touch the program's memory only through svc->read and svc->write: a
 *     bad pointer then gives -EFAULT instead of a crash;
 *   - keep what must outlive a callback in call->scratch (LZP_SCRATCH_BYTES
 *     per thread and nesting level, valid from on_enter until on_exit
 *     returns: put a replacement path there) or in svc->store
 *     (LZP_STORE_SLOTS 64-bit slots per handler and process, zero at start,
 *     shared by its threads: use __atomic builtins), never in globals a
 *     signal handler could interrupt half-written;
 *   - everything must be async-signal-safe and reentrant: a signal handler
 *     in the program may make syscalls that reach you while you run;
 *   - changing call->nr is refused (the call fails with ENOSYS, said on
 *     stderr) when the old or the new call is one the interposer itself
 *     follows: clone/fork/vfork/clone3, execve/execveat, exit/exit_group,
 *     rt_sigreturn, rt_sigaction, rt_sigprocmask, and the fd, mapping and
 *     prctl calls it guards;
 *   - a crash in a handler ends the process as the crash would, after
 *     lzptrace has said which handler crashed handling which call.
 * A library built for another LZPTRACE_HANDLER_ABI is refused by lzptrace
 * with a message naming both versions.
 */
#ifndef LZPTRACE_HANDLER_H_
#define LZPTRACE_HANDLER_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef LZPTRACE_HANDLER_ABI
#define LZPTRACE_HANDLER_ABI 1
#endif

#define LZP_RUN 0
#define LZP_BLOCK 1
#define LZP_NOTE_MAX 96
#define LZP_SCRATCH_BYTES 512
#define LZP_STORE_SLOTS 512
/* A handler's registration: syscall 400 (in the range x86-64 leaves unused,
 * below 512 as the zpoline trampoline needs) with this tag as its second
 * argument; the interposer answers it, a kernel would say ENOSYS. */
#define LZPTRACE_REGISTER_SYSCALL 400L
#define LZPTRACE_REGISTER_TAG 0x4c5a505452454731L

struct lzp_call;

struct lzp_services {
  uint32_t abi;
  uint32_t store_slots;
  /* A raw syscall, neither traced nor handled: the kernel's result, -errno on failure. */
  long (*syscall)(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
  /* Copies n bytes from / to the program's memory: 0, or -EFAULT (nothing or part copied). */
  long (*read)(void* dst, const void* program_src, uint64_t n);
  long (*write)(void* program_dst, const void* src, uint64_t n);
  /* Attaches `text` to the call: the trace shows it as a comment after the result. */
  void (*note)(struct lzp_call* call, const char* text);
  /* This handler's per-process slots. */
  uint64_t* store;
};

struct lzp_call {
  long nr;              /* syscall number (on_enter may change it) */
  uint64_t args[6];     /* arguments (on_enter may change them) */
  long result;          /* on_exit: the result; on_enter: the answer if LZP_BLOCK */
  int32_t pid, tid;
  void* scratch;        /* LZP_SCRATCH_BYTES, this thread's and nesting level's */
  const struct lzp_services* svc;
  uint32_t handler;     /* this handler's index in --handler order */
  uint32_t reserved;
};

struct lzp_handler {
  uint32_t abi;         /* LZPTRACE_HANDLER_ABI */
  uint32_t size;        /* sizeof(struct lzp_handler) */
  const char* name;     /* for messages: "handler NAME crashed handling write(...)" */
  uint64_t syscalls[8]; /* bit nr (nr < 512) set: this handler sees syscall nr */
  int (*on_enter)(struct lzp_call* call);
  void (*on_exit)(struct lzp_call* call);
  void (*on_process_exit)(const struct lzp_services* svc, int status);
};

/* Sets syscall nr in a handler's filter (for initialisers: LZP_SYSCALL_WORD). */
#define LZP_BIT(nr) (1ull << ((nr) % 64))

/* Declares the library's handler: `LZPTRACE_HANDLER(my_handler)` after
 * `static const struct lzp_handler my_handler = {...}`. It defines the
 * loader's audit entry point (the library is loaded as an LD_AUDIT module),
 * which hands the handler to the interposer, and the symbol lzptrace reads
 * to check the ABI version before it starts the program. */
#define LZPTRACE_HANDLER(handler_var)                                                              \
  __attribute__((visibility("default"))) const uint32_t lzptrace_handler_abi = LZPTRACE_HANDLER_ABI; \
  __attribute__((visibility("default"))) unsigned int la_version(unsigned int version) {          \
    long result;                                                                                   \
    __asm__ volatile("syscall"                                                                     \
                     : "=a"(result)                                                                \
                     : "0"(LZPTRACE_REGISTER_SYSCALL), "D"(&(handler_var)), "S"(LZPTRACE_REGISTER_TAG) \
                     : "rcx", "r11", "memory");                                                    \
    (void)result;                                                                                  \
    return version;                                                                                \
  }

#ifdef __cplusplus
}
#endif

#endif /* LZPTRACE_HANDLER_H_ */
