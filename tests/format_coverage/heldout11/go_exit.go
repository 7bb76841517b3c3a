// A Go program's end (cgo off): os.Exit(3) from a goroutine while main blocks on a channel: +++ exited with 3 +++ for each thread (exit_group is left out: a second thread can enter it too, which strace sometimes sees; without -f strace shows the write only when the goroutine ran on the main thread, so there is no such variant).
// compare-build: cgo=0
// compare-options: -f -e trace=exit_group,write
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,exit,exit_group,+++
package main

import (
	"os"
	"syscall"
)

func main() {
	c := make(chan int)
	go func() {
		syscall.Write(1, nil)
		os.Exit(3)
	}()
	<-c
}
