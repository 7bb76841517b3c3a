/* asm/raw_syscall.S — the interposer's own syscalls.
 *
 * lzp_raw_syscall6 is the only way interposer code makes a syscall; it sits
 * in lzp_syscall_text, the range Syscall User Dispatch always lets through,
 * so these calls are never intercepted or recorded. lzp_sigreturn_restorer is
 * the sa_restorer of our SIGSYS handler, for the same reason.
 */
	.section lzp_syscall_text, "ax", @progbits

/* long lzp_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6) */
	.globl lzp_raw_syscall6
	.hidden lzp_raw_syscall6
	.type lzp_raw_syscall6, @function
lzp_raw_syscall6:
	movq %rdi, %rax
	movq %rsi, %rdi
	movq %rdx, %rsi
	movq %rcx, %rdx
	movq %r8, %r10
	movq %r9, %r8
	movq 8(%rsp), %r9
	syscall
	ret
	.size lzp_raw_syscall6, .-lzp_raw_syscall6

/* The sa_restorer of the interposer's own SIGSYS handler. */
	.globl lzp_sigreturn_restorer
	.hidden lzp_sigreturn_restorer
	.type lzp_sigreturn_restorer, @function
lzp_sigreturn_restorer:
	movl $15, %eax   /* __NR_rt_sigreturn */
	syscall
	hlt
	.size lzp_sigreturn_restorer, .-lzp_sigreturn_restorer

	.section .note.GNU-stack, "", @progbits
