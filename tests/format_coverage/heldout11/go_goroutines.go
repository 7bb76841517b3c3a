// Go goroutines on several threads under -f, built twice (cgo off; cgo on: threads from pthread_create): LockOSThread goroutines that each make calls (getppid, a pipe write), the runtime's clone, sigaltstack, rt_sigprocmask, gettid for each new thread; the racy scheduling calls (futex, nanosleep, sched_yield, mmap, madvise) left out, the rest compared as a multiset.
// compare-build: cgo=0
// compare-build: cgo=1
// compare-options: -f
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,mmap,munmap,madvise,clone,clone3,sigaltstack,set_robust_list,rseq,mprotect,rt_sigprocmask,gettid,getpid,tgkill,rt_sigreturn,SIGURG,exit,read,+++
package main

import (
	"runtime"
	"sync"
	"syscall"
)

func main() {
	var wg sync.WaitGroup
	var fds [2]int
	syscall.Pipe(fds[:])
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			runtime.LockOSThread()
			syscall.Getppid()
			syscall.Write(fds[1], []byte{byte('a' + i)})
			wg.Done()
		}(i)
	}
	wg.Wait()
	b := make([]byte, 8)
	n := 0
	for n < 4 {
		m, _ := syscall.Read(fds[0], b[n:4])
		n += m
	}
}
