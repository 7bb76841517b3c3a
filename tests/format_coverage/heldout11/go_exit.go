// A Go program's end (cgo off): os.Exit(3) from a goroutine while main blocks on a channel (exit_group(3), +++ exited with 3 +++ for the process, the other threads' ends).
// compare-build: cgo=0
// compare-options: -f -e trace=exit_group,write
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,exit,+++
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
