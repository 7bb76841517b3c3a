#!/bin/sh
# tests/realworld/fixture.sh DIR — builds the template directory that every
# command of compare.py runs in (each run gets a fresh copy, always at the same
# path for the untraced, strace and lzptrace runs of one command, so paths in
# traces agree). It holds a tree of files, a small git repository with two
# commits, C/C++ sources and the programs built from them, a tarball, number
# and word lists, and the Python and Perl scripts of the corpus (threads,
# subprocess pipelines, loopback sockets, signal handlers, SIGALRM-interrupted
# sleeps). Everything is made from scratch here: nothing is downloaded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
d=$1
rm -rf "$d"
mkdir -p "$d" && cd "$d"

mkdir -p tree/a/b tree/c data src scripts mk
for i in 1 2 3 4 5 6; do echo "file $i foo bar" > tree/a/f$i.txt; done
echo "deep foo" > tree/a/b/deep.txt
printf 'x\ny\n' > tree/c/notes.md
ln -s ../a/f1.txt tree/c/link.txt
awk 'BEGIN { srand(7); for (i = 0; i < 400; i++) printf "%s%d\n", substr("abcdefghij", i % 10 + 1, 3), int(rand() * 50) }' > data/words.txt
seq 1 60000 | awk '{ print ($1 * 7919) % 100003 }' > data/nums.txt
printf 'one\ntwo\nthree\n' > data/a.txt
printf 'one\n2\nthree\nfour\n' > data/b.txt
tar czf x.tar.gz tree

cp "$here"/programs/*.c "$here"/programs/*.cc src/
gcc -O1 -o src/sigprog src/sigprog.c
gcc -O1 -pthread -o src/threads src/threads.c
gcc -O1 -static -o src/static src/static.c
cp "$here"/programs/*.py "$here"/programs/*.pl scripts/
printf 'all: hello\nhello: hello.o\n\t$(CC) -o $@ $^\nhello.o: hello.c\n\t$(CC) -c -o $@ $<\nclean:\n\trm -f hello hello.o\n' > mk/Makefile
printf '#include <stdio.h>\nint main(void) { puts("hello from make"); return 0; }\n' > mk/hello.c

git init -q repo
cd repo
git config user.email rw@example.invalid && git config user.name rw
echo one > a.txt && git add a.txt && GIT_COMMITTER_DATE=2020-01-01T00:00:00Z git commit -q --date=2020-01-01T00:00:00Z -m first
echo two >> a.txt && echo b > b.txt && git add . && GIT_COMMITTER_DATE=2020-01-02T00:00:00Z git commit -q --date=2020-01-02T00:00:00Z -m second
echo dirty >> a.txt
cd "$d"
CGO_ENABLED=0 go build -o src/goprog_static "$here/../go/goprog.go"
CGO_ENABLED=1 go build -o src/goprog_cgo "$here/../go/goprog.go"
