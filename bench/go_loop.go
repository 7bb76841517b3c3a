// go_loop KIND N — the Go counterpart of syscall_loop.c: N getppid calls
// through Go's own syscall path (syscall.Syscall: the runtime's
// entersyscall/exitsyscall around a `syscall` instruction in the Go
// binary, not in libc), then prints "KIND ns_per_call" timed with the
// monotonic clock around the loop. Built twice (bench/BUILD.bazel): with cgo
// (dynamically linked, so the loader starts the interposer) and without
// (static, so the companion's injector does): bench.cc --static sets the two
// side by side, the issue-10 measure for Go. The blank import of net makes
// the cgo build link libc dynamically (its resolver); the loop never uses it.
package main

import (
	"fmt"
	_ "net"
	"os"
	"strconv"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 3 || os.Args[1] != "getppid" {
		fmt.Fprintln(os.Stderr, "usage: go_loop getppid N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n <= 0 {
		fmt.Fprintln(os.Stderr, "go_loop: bad N")
		os.Exit(2)
	}
	start := time.Now()
	for i := 0; i < n; i++ {
		syscall.Syscall(syscall.SYS_GETPPID, 0, 0, 0)
	}
	elapsed := time.Since(start)
	fmt.Printf("getppid %.1f\n", float64(elapsed.Nanoseconds())/float64(n))
}
