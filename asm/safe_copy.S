/* asm/safe_copy.S — copies from application memory that survive a bad pointer.
 *
 * The interposer must read syscall arguments (strings, structs, buffers)
 * without ever crashing the application on a pointer the kernel would have
 * answered with EFAULT. These routines touch application memory only at the
 * instructions labelled *_fault_ip; the interposer's SIGSEGV/SIGBUS handler
 * (tracer/signals.cc) moves a thread that faults there to the matching
 * *_fixup label, which returns how far the copy got with bit 63 set.
 * They need no stack and no saved registers, so that jump is all recovery takes.
 *
 * A source in page 0 counts as a fault at its first byte without being
 * touched: the zpoline trampoline lives there, and a CPU without protection
 * keys cannot make it execute-only, so it reads back. Untraced nothing is
 * mapped there (vm.mmap_min_addr), so a pointer into it is a bad one.
 */
	.text

/* uint64_t lzp_safe_copy(void* dst, const void* src, uint64_t n)
 * Returns n, or (bytes copied | 1<<63) after a fault. */
	.globl lzp_safe_copy
	.hidden lzp_safe_copy
	.type lzp_safe_copy, @function
lzp_safe_copy:
	cmpq $4096, %rsi
	jb lzp_safe_copy_words_fixup     /* page 0: nothing copied */
	/* 8 and 16 bytes (timespecs, timevals, cells: most struct captures)
	 * are moved as words when neither side crosses a page: `rep movsb`
	 * costs tens of cycles to start. Within one page a fault can only come
	 * at the first access, where `rep movsb` too would have copied nothing,
	 * so the result is the same; any access in the word path faulting
	 * lands on lzp_safe_copy_words_fixup (0 bytes copied). */
	cmpq $8, %rdx
	je 1f
	cmpq $16, %rdx
	jne .Lsafe_copy_bytes
1:	movl %esi, %eax
	andl $4095, %eax
	addl %edx, %eax
	cmpl $4096, %eax
	ja .Lsafe_copy_bytes
	movl %edi, %eax
	andl $4095, %eax
	addl %edx, %eax
	cmpl $4096, %eax
	ja .Lsafe_copy_bytes
	.globl lzp_safe_copy_words_begin
	.hidden lzp_safe_copy_words_begin
lzp_safe_copy_words_begin:
	movq (%rsi), %rax
	movq %rax, (%rdi)
	cmpq $8, %rdx
	je 2f
	movq 8(%rsi), %rax
	movq %rax, 8(%rdi)
	.globl lzp_safe_copy_words_end
	.hidden lzp_safe_copy_words_end
lzp_safe_copy_words_end:
2:	movq %rdx, %rax
	ret
	.globl lzp_safe_copy_words_fixup
	.hidden lzp_safe_copy_words_fixup
lzp_safe_copy_words_fixup:
	xorl %eax, %eax
	btsq $63, %rax
	ret
.Lsafe_copy_bytes:
	movq %rdx, %rcx
	.globl lzp_safe_copy_fault_ip
	.hidden lzp_safe_copy_fault_ip
lzp_safe_copy_fault_ip:
	rep movsb
	movq %rdx, %rax
	ret
	.globl lzp_safe_copy_fixup
	.hidden lzp_safe_copy_fixup
lzp_safe_copy_fixup:             /* rcx = bytes not copied */
	movq %rdx, %rax
	subq %rcx, %rax
	btsq $63, %rax
	ret
	.size lzp_safe_copy, .-lzp_safe_copy

/* uint64_t lzp_safe_strcopy(char* dst, const char* src, uint64_t max)
 * Copies up to max bytes, stopping after a NUL. Returns the string's length
 * if a NUL was found within max bytes, max if not (the string is longer),
 * or (bytes copied | 1<<63) after a fault. */
	.globl lzp_safe_strcopy
	.hidden lzp_safe_strcopy
	.type lzp_safe_strcopy, @function
lzp_safe_strcopy:
	xorl %eax, %eax
	cmpq $4096, %rsi
	jb lzp_safe_strcopy_fixup        /* page 0: nothing copied */
1:	cmpq %rdx, %rax
	jae 2f
	.globl lzp_safe_strcopy_fault_ip
	.hidden lzp_safe_strcopy_fault_ip
lzp_safe_strcopy_fault_ip:
	movzbl (%rsi,%rax), %ecx
	movb %cl, (%rdi,%rax)
	testb %cl, %cl
	jz 2f
	incq %rax
	jmp 1b
2:	ret
	.globl lzp_safe_strcopy_fixup
	.hidden lzp_safe_strcopy_fixup
lzp_safe_strcopy_fixup:          /* rax = bytes copied */
	btsq $63, %rax
	ret
	.size lzp_safe_strcopy, .-lzp_safe_strcopy

	.section .note.GNU-stack, "", @progbits
