// A Go program for lzptrace's tests: goroutines and timers, a TCP listener
// on 127.0.0.1 with a client, a child process, and (with the argument
// "panic") a panic. Prints lines the tests compare with an untraced run.
package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"sync"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		panic("lzptrace test panic")
	}
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * time.Millisecond)
			results[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", results)
	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(1)
	}
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Write([]byte("hello\n"))
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		os.Exit(1)
	}
	buf := make([]byte, 16)
	n, _ := c.Read(buf)
	fmt.Printf("got %q\n", buf[:n])
	out, err := exec.Command("/bin/echo", "child says hi").Output()
	fmt.Printf("child: %q %v\n", out, err)
}
