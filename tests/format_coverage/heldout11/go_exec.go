// Go's os/exec under -f (cgo off): a child made with clone(CLONE_VM|CLONE_VFORK) that execs /bin/true, its status through wait4/waitid, and a child that exits 3 (exec.ExitError); the runtime's racy calls left out.
// compare-build: cgo=0
// compare-options: -f -e trace=execve,wait4,waitid,exit_group
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,+++
package main

import "os/exec"

func main() {
	exec.Command("/bin/true").Run()
	exec.Command("/bin/sh", "-c", "exit 3").Run()
}
