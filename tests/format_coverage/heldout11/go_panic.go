// A Go panic (cgo off): the runtime writes its message to fd 2 and exits 2 (write(2, "panic: ..."), exit_group(2)).
// compare-build: cgo=0
// compare-options: -e trace=exit_group,write -s 16
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG
package main

func main() {
	var m map[string]int
	m["x"] = 1
}
