// Go's signal.Notify (cgo off): SIGUSR1 sent to itself with syscall.Kill and received on a channel (the runtime's handler: --- SIGUSR1 ---, rt_sigreturn), signal.Ignore(SIGHUP) and a SIGHUP, signal.Reset.
// compare-build: cgo=0
// compare-options: -f -e trace=kill,rt_sigreturn,exit_group
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,rt_sigreturn,+++
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(syscall.Getpid(), syscall.SIGUSR1)
	<-c
	signal.Ignore(syscall.SIGHUP)
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	signal.Reset(syscall.SIGUSR1)
}
