// Go's net on loopback (cgo off): a TCP listener on 127.0.0.1:0, a dial, the accept, a write and a read, closes; socket, setsockopt, bind, listen, getsockname, connect (EINPROGRESS), getsockopt(SO_ERROR), getpeername (accept4 left out: whether it first finds EAGAIN races the dial).
// compare-build: cgo=0
// compare-options: -f -e trace=%network,write,read,close
// compare-order: multiset
// compare-racy: futex,nanosleep,sched_yield,SIGURG,read,accept4,+++
package main

import "net"

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return
	}
	done := make(chan bool)
	go func() {
		c, err := l.Accept()
		if err == nil {
			b := make([]byte, 5)
			c.Read(b)
			c.Close()
		}
		done <- true
	}()
	c, err := net.Dial("tcp", l.Addr().String())
	if err == nil {
		c.Write([]byte("hello"))
		<-done
		c.Close()
	}
	l.Close()
}
