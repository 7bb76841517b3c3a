/* asm/entry.S — the interposer's entry path and every syscall instruction it runs.
 *
 * Everything here (and in raw_syscall.S) lives in one section,
 * lzp_syscall_text, which is the range Syscall User Dispatch always lets
 * through: a syscall made from here is the real thing, never dispatched
 * again. Nothing else in the interposer contains a syscall instruction.
 *
 * Routes in:
 *   lzp_zpoline_entry  a rewritten site ran `call *%rax`; the nop sled on page 0
 *                      jumped here with the return address on the stack. A
 *                      number lzp_number_routes marks direct, at depth 0,
 *                      runs at once from lzp_direct_syscall_site and returns
 *                      (tracer/direct_calls.h); every other call goes on to
 *                      the common path below.
 *   lzp_sud_entry      the SIGSYS handler redirected the thread here; rcx holds
 *                      the return address, the stack is untouched.
 * Both build the EntryFrame of tracer/frame_layout.h below the red zone, call
 * lzp_syscall_enter, run the syscall as it says, call lzp_syscall_exit (not
 * for a call lzp_syscall_enter let through bare: LZP_AUX_BARE_BIT), and
 * resume the application with every register as the kernel would leave it
 * (all but rax, rcx = return address, r11 = rflags). The C++ hooks are built
 * with -mgeneral-regs-only, so no vector or x87 register needs saving.
 */
#include "tracer/frame_layout.h"

	.section lzp_syscall_text, "ax", @progbits
	.hidden lzp_number_routes          /* tracer/direct_calls.cc: ours, reached pc-relative */

	.globl lzp_zpoline_entry
	.hidden lzp_zpoline_entry
	.type lzp_zpoline_entry, @function
lzp_zpoline_entry:
	leaq -LZP_SYS_EXIT(%rax), %rcx /* a thread's exit: on a stack of ours (rcx is the syscall's to clobber) */
	jrcxz .Lexit_on_our_stack
.Lzpoline_common:
	leaq -LZP_RED_ZONE(%rsp), %rsp /* lea: flags stay as the application left them */
	pushfq                         /* the checks below change them: back before any syscall */
	cmpq $LZP_DIRECT_NUMBERS, %rax /* (unsigned: -1 and x32 numbers too) */
	jae .Lnot_direct
	leaq lzp_number_routes(%rip), %r11
	cmpb $LZP_ROUTE_DIRECT, (%r11,%rax)
	jne .Lnot_direct
	rdgsbase %r11                  /* the thread's state: none yet, the common path makes it */
	testq %r11, %r11
	jz .Lnot_direct
	cmpl $0, LZP_TS_DEPTH(%r11)    /* a call of ours in progress (a handler's call): common path */
	jne .Lnot_direct
	popfq
	leaq LZP_RED_ZONE(%rsp), %rsp  /* back on the return address; every register the program's */
	.globl lzp_direct_syscall_site
	.hidden lzp_direct_syscall_site
lzp_direct_syscall_site:
	syscall                        /* r11 = the program's flags, as its own syscall leaves them */
	movq (%rsp), %rcx              /* rcx = where the program resumes, as after its own */
	ret

.Lnot_direct:
	popfq
	movq LZP_RED_ZONE(%rsp), %rcx      /* return address pushed by `call *%rax` */
	leaq (LZP_RED_ZONE + 8)(%rsp), %r11 /* the application's rsp at its syscall */
	jmp .Lbuild_frame

	/* SYS_exit ends the thread; the program may have given its stack back
	 * already (Go's exitThread stores "done with the stack", then makes
	 * the call: another thread may free and reuse it meanwhile). The frame
	 * and everything the entry path runs go on the thread's exit stack
	 * (ThreadState's exit_stack_top), with the application's rsp in the
	 * frame as always (an injected result resumes it). Nothing here
	 * changes the flags. No thread state yet: the program's stack, as any call. */
.Lexit_on_our_stack:
	rdgsbase %rcx
	jrcxz .Lzpoline_common
	movq LZP_TS_EXIT_STACK_TOP(%rcx), %rcx
	jrcxz .Lzpoline_common
	xchgq %rcx, %rsp                   /* rsp: ours; rcx: the application's, at the return address */
	leaq 8(%rcx), %r11                 /* the application's rsp at its syscall */
	movq (%rcx), %rcx                  /* the return address `call *%rax` pushed */
	leaq -(LZP_RED_ZONE + 8)(%rsp), %rsp
	jmp .Lbuild_frame
	.size lzp_zpoline_entry, .-lzp_zpoline_entry

	/* -p: a thread lzptrace attached to while it slept in a call the kernel
	 * resumes through restart_syscall (nanosleep, poll with a timeout, a
	 * futex wait with one: rax = -ERESTART_RESTARTBLOCK) is left at
	 * lzp_attach_restart_resume. The kernel steps it back two bytes as it
	 * resumes, to the jump below, with rax = restart_syscall: the call goes
	 * through the entry path as any other, recorded, and restarted from our
	 * own syscall instruction. Left to the program's own `syscall`, dispatch
	 * would trap it, and the rt_sigreturn that ends our SIGSYS handler makes
	 * the kernel forget what it was to resume (restart_syscall would answer
	 * EINTR). If a handler runs first (the kernel makes the call -EINTR), the
	 * thread resumes at lzp_attach_restart_resume: back to the program with
	 * that result, as untraced. */
	.globl lzp_attach_restart_resume
	.hidden lzp_attach_restart_resume
	.type lzp_attach_restart_resume, @function
	jmp .Lattach_restart              /* 2 bytes: where the kernel's restart lands */
lzp_attach_restart_resume:
	jmpq *%gs:LZP_TS_ATTACH_RESTART_RETURN
.Lattach_restart:
	movq %gs:LZP_TS_ATTACH_RESTART_RETURN, %rcx
	jmp lzp_sud_entry
	.size lzp_attach_restart_resume, .-lzp_attach_restart_resume

	.globl lzp_sud_entry
	.hidden lzp_sud_entry
	.type lzp_sud_entry, @function
lzp_sud_entry:
	movq %rsp, %r11
	leaq -(LZP_RED_ZONE + 8)(%rsp), %rsp
	jmp .Lbuild_frame

	/* The SIGSYS handler sent a thread's exit here on its exit stack (as
	 * .Lexit_on_our_stack above): r11 = the application's rsp, rcx = the
	 * return address, rsp = the exit stack's top. */
	.globl lzp_sud_exit_entry
	.hidden lzp_sud_exit_entry
lzp_sud_exit_entry:
	leaq -(LZP_RED_ZONE + 8)(%rsp), %rsp

.Lbuild_frame:                     /* rcx = return address, r11 = application rsp */
	pushq %r15                     /* R15..RBP: read by -k, never restored (unchanged) */
	pushq %r14
	pushq %r13
	pushq %r12
	pushq %rbp
	pushq %r11                     /* APP_RSP */
	pushfq                         /* RFLAGS  */
	pushq %rcx                     /* RETADDR */
	pushq %rbx
	pushq %r9
	pushq %r8
	pushq %r10
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rax
	pushq %rax                     /* NR  */
	pushq $0                       /* AUX */
	movq %rsp, %rbx                /* rbx = frame for the rest of the path */
	andq $-16, %rsp
	cld
	movq %rbx, %rdi
	call lzp_syscall_enter         /* rax = action, rdx = its argument */
	cmpq $LZP_ACTION_SKIP, %rax
	je .Lafter_syscall
	cmpq $LZP_ACTION_CLONE, %rax
	je .Lclone
	cmpq $LZP_ACTION_SIGRETURN, %rax
	je .Lsigreturn

	movq LZP_FRAME_RDI(%rbx), %rdi
	movq LZP_FRAME_RSI(%rbx), %rsi
	movq LZP_FRAME_RDX(%rbx), %rdx
	movq LZP_FRAME_R10(%rbx), %r10
	movq LZP_FRAME_R8(%rbx), %r8
	movq LZP_FRAME_R9(%rbx), %r9
	movq LZP_FRAME_RAX(%rbx), %rax
	/* rcx is the syscall's to clobber (it becomes the return address): zero
	 * until then, a signal handler can tell a syscall not yet made (rcx 0)
	 * from one the kernel set up for a restart (rcx = site + 2). */
	xorl %ecx, %ecx
	.globl lzp_app_syscall_site
	.hidden lzp_app_syscall_site
lzp_app_syscall_site:
	syscall
	movq %rax, LZP_FRAME_RAX(%rbx)
	btq $LZP_AUX_BARE_BIT, LZP_FRAME_AUX(%rbx)
	jc .Lbare_exit
	/* Its record is due: a signal from here until lzp_syscall_exit has
	 * written it waits for it (signals.cc, HoldUntilRecorded). Before this
	 * mark, from site + 2 on, rax still holds the result: a signal there
	 * records the call first (RecordInterruptedSyscall). */
	movb $1, %gs:LZP_TS_RECORD_PENDING
	.globl lzp_app_syscall_marked
	.hidden lzp_app_syscall_marked
lzp_app_syscall_marked:
.Lexit_hook:
	movq %rbx, %rdi
	call lzp_syscall_exit

.Lresume:                          /* rbx = frame */
	movq %rbx, %rsp
	movq LZP_FRAME_RETADDR(%rsp), %rcx
	movq LZP_FRAME_RFLAGS(%rsp), %r11
	leaq 16(%rsp), %rsp            /* AUX, NR */
	popq %rax
	popq %rdi
	popq %rsi
	popq %rdx
	popq %r10
	popq %r8
	popq %r9
	popq %rbx
	leaq 8(%rsp), %rsp             /* RETADDR, already in rcx */
	popfq
	movq (%rsp), %rsp              /* APP_RSP */
	jmp *%rcx

.Lbare_exit:
	btq $LZP_AUX_COUNT_BIT, LZP_FRAME_AUX(%rbx)
	jc .Lcount_exit
	decl %gs:LZP_TS_DEPTH            /* a bare call: its level back, no exit hook */
	jmp .Lresume

.Lcount_exit:                      /* -c's counting route: counted, its level back */
	movq %rbx, %rdi
	call lzp_count_exit
	jmp .Lresume

.Lafter_syscall:                   /* a call not run (SKIP) and the clone family's parent */
	movb $1, %gs:LZP_TS_RECORD_PENDING
	jmp .Lexit_hook

.Lsigreturn:                       /* the signal frame is at the application's rsp */
	movq LZP_FRAME_APP_RSP(%rbx), %rsp
	movl $15, %eax
	syscall
	hlt

.Lclone:                           /* rdx = the child's ThreadState */
	movq LZP_FRAME_RDI(%rbx), %rdi
	movq LZP_FRAME_RSI(%rbx), %rsi
	movq LZP_FRAME_R10(%rbx), %r10
	movq LZP_FRAME_R8(%rbx), %r8
	movq %rdx, %r9                 /* clone and clone3 do not read r9 */
	movq LZP_FRAME_RDX(%rbx), %rdx
	movq LZP_FRAME_RAX(%rbx), %rax
	/* A signal arriving as this returns in the parent (rip = site + 2, rax
	 * the child's id) records the call first: signals.cc. */
	.globl lzp_clone_syscall_site
	.hidden lzp_clone_syscall_site
lzp_clone_syscall_site:
	syscall
	testq %rax, %rax
	jz .Lclone_child
	movq %rax, LZP_FRAME_RAX(%rbx)
	jmp .Lafter_syscall

.Lclone_child:
	/* The kernel gave us every register the parent had except rax, rcx, r11.
	 * rsp is the new stack if the caller gave one, else the parent's. */
	pushq %rdi
	pushq %rsi
	pushq %rdx
	pushq %r10
	pushq %r8
	pushq %r9
	pushq %rbx
	movq %rsp, %rbx
	andq $-16, %rsp
	movq %r9, %rdi
	call lzp_child_started         /* rax = resume address or 0, rdx = resume block */
	movq %rax, %rcx
	movq %rdx, %r11
	movq %rbx, %rsp
	popq %rbx
	popq %r9
	popq %r8
	popq %r10
	popq %rdx
	popq %rsi
	popq %rdi
	testq %rcx, %rcx
	jnz .Lclone_child_new_stack
	movq $0, LZP_FRAME_RAX(%rbx)   /* same stack as the parent: the frame is ours too */
	jmp .Lresume

.Lclone_child_new_stack:           /* rcx = resume address, r11 = resume block */
	xorl %eax, %eax
	movq LZP_RESUME_RBX(%r11), %rbx
	movq LZP_RESUME_R9(%r11), %r9
	pushq LZP_RESUME_RFLAGS(%r11)
	popfq
	movq LZP_RESUME_RFLAGS(%r11), %r11
	jmp *%rcx
	.size lzp_sud_entry, .-lzp_sud_entry

	.section .note.GNU-stack, "", @progbits
