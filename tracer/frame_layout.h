/* tracer/frame_layout.h — offsets shared by asm/entry.S and the C++ hooks.
 *
 * Both routes into the interposer (a rewritten site's `call *%rax` through
 * page 0, and a SIGSYS from Syscall User Dispatch) build the same EntryFrame
 * on the application's stack, 128 bytes below its stack pointer so the red
 * zone is left alone. The C++ side static_asserts these offsets against its
 * struct; this file is plain C preprocessor so the assembler can include it.
 */
#ifndef LZPTRACE_TRACER_FRAME_LAYOUT_H_
#define LZPTRACE_TRACER_FRAME_LAYOUT_H_

#define LZP_FRAME_AUX 0       /* scratch for the hooks: entry timestamp */
#define LZP_FRAME_NR 8        /* the syscall number as the application asked */
#define LZP_FRAME_RAX 16      /* syscall number to run in, result out */
#define LZP_FRAME_RDI 24
#define LZP_FRAME_RSI 32
#define LZP_FRAME_RDX 40
#define LZP_FRAME_R10 48
#define LZP_FRAME_R8 56
#define LZP_FRAME_R9 64
#define LZP_FRAME_RBX 72      /* saved: the entry path keeps the frame pointer in rbx */
#define LZP_FRAME_RETADDR 80  /* where the application resumes (after its syscall site) */
#define LZP_FRAME_RFLAGS 88
#define LZP_FRAME_APP_RSP 96  /* the application's stack pointer at its syscall */
/* The application's other callee-saved registers, for -k's unwinder only:
 * the entry path never changes them (the C++ hooks preserve them). */
#define LZP_FRAME_RBP 104
#define LZP_FRAME_R12 112
#define LZP_FRAME_R13 120
#define LZP_FRAME_R14 128
#define LZP_FRAME_R15 136
#define LZP_FRAME_SIZE 144

#define LZP_RED_ZONE 128

/* What lzp_syscall_enter asks the entry path to do (returned in rax). */
#define LZP_ACTION_RUN 0        /* run the syscall with the frame's registers */
#define LZP_ACTION_SKIP 1       /* do not run it: the frame's rax holds the result */
#define LZP_ACTION_CLONE 2      /* run it as clone/clone3/fork/vfork (rdx: child state) */
#define LZP_ACTION_SIGRETURN 3  /* rt_sigreturn: run it on the application's stack */

/* A call lzp_syscall_enter lets through bare sets this bit (and nothing
 * else) in its frame's aux word: after the syscall the entry path gives back
 * the nesting level the call took (ThreadState's depth, at %gs:LZP_TS_DEPTH)
 * and resumes the application without calling lzp_syscall_exit. Only calls
 * nothing follows qualify (syscall_hooks.cc says which). */
#define LZP_AUX_BARE_BIT 57
#define LZP_TS_DEPTH 12
/* ThreadState's record_pending byte: set by the entry path once a call
 * that lzp_syscall_exit records has returned, cleared once its record is
 * written; a signal meanwhile waits (tracer/signals.cc, HoldUntilRecorded). */
#define LZP_TS_RECORD_PENDING 11
/* The numbers lzp_number_routes covers (tracer/direct_calls.h), and its
 * values: a call of a number marked LZP_ROUTE_DIRECT, made at nesting depth
 * 0, never enters the C++ side; one marked LZP_ROUTE_COUNT may be counted
 * (-c) without lzp_syscall_exit: lzp_syscall_enter sets LZP_AUX_COUNT_BIT
 * with the bare bit, and the entry path calls lzp_count_exit instead. */
#define LZP_DIRECT_NUMBERS 512
#define LZP_ROUTE_COMMON 0
#define LZP_ROUTE_DIRECT 1
#define LZP_ROUTE_COUNT 2
#define LZP_AUX_COUNT_BIT 56
/* Where a thread lzptrace attached to (-p) in a call the kernel resumes
 * through restart_syscall goes back to the program (ThreadState's
 * attach_restart_return; asm/entry.S, lzp_attach_restart). */
#define LZP_TS_ATTACH_RESTART_RETURN 32
/* The top of the stack of ours a thread's exit (SYS_exit) runs the entry
 * path on (ThreadState's exit_stack_top; 0: none, the program's stack). */
#define LZP_TS_EXIT_STACK_TOP 40
#define LZP_SYS_EXIT 60

/* The block a new thread on its own stack resumes from (see lzp_child_started). */
#define LZP_RESUME_RBX 0
#define LZP_RESUME_R9 8
#define LZP_RESUME_RFLAGS 16

#endif
