// Go (cgo on: dynamically linked, the loader starts the interposer) file I/O: os.WriteFile, os.ReadFile, os.Stat, os.Rename, os.Remove, a missing file; the runtime's calls are compared as a multiset with its scheduling calls as a set.
// compare-build: cgo=1
// compare-options: -f -e trace=openat,read,write,close,newfstatat,fstat,renameat,unlinkat,exit_group
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG
package main

import "os"

func main() {
	p := "/tmp/lzp-h11-go-fileio"
	os.WriteFile(p, []byte("hello from go\n"), 0600)
	os.ReadFile(p)
	os.Stat(p)
	os.Rename(p, p+".2")
	os.Remove(p + ".2")
	os.Stat("/tmp/lzp-h11-go-missing")
}
