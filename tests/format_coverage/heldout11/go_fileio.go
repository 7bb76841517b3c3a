// Go file I/O, built twice (cgo off: a static binary the injector starts the interposer in; cgo on: dynamically linked, the loader starts it): os.WriteFile, os.ReadFile, os.Stat, os.Rename, os.Remove, a missing file; the runtime's calls are compared as a multiset with its scheduling calls left out.
// compare-build: cgo=0
// compare-build: cgo=1
// compare-options: -f -e trace=openat,read,write,close,newfstatat,fstat,renameat,unlinkat,exit_group
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,+++
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
