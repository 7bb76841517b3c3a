#!/usr/bin/env python3
# tests/fuzz/make_seeds.py — writes the seed corpora (tests/fuzz/<target>/):
# a few well-formed inputs per target that the fuzzers mutate from. Events
# are laid out as tests/fuzz/events_fuzz.cc reads them; the syscalls are
# ones with captured strings, buffers and structs, so that mutation starts
# inside the decoders. Run it after changing the record formats.
import os, struct

here = os.path.dirname(os.path.abspath(__file__))

def write(target, name, data):
    os.makedirs(os.path.join(here, target), exist_ok=True)
    with open(os.path.join(here, target, name), "wb") as f:
        f.write(data)

def chunk(arg, phase, data, status=0):  # tracer/capture_format.h: CaptureChunk, data padded to 8
    pad = (-len(data)) % 8
    return struct.pack("<BBBBI", arg, phase, status, 0, len(data)) + data + b"\0" * pad

def syscall(nr, args, ret, payload=b"", pid=100, flags=0):
    args = list(args) + [0] * (6 - len(args))
    body = struct.pack("<IIQ6QqQQII", pid, pid, nr, *args, ret, 1000, 2000, flags, len(payload)) + payload
    return record(0, body)

def start(pid=100, ppid=1, comm=b"prog"):
    return record(1, struct.pack("<IIII16s", pid, pid, ppid, 1, comm))

def signal(signo, pid=100):
    siginfo = struct.pack("<iii", signo, 0, 0) + b"\0" * 116
    return record(2, struct.pack("<IIiI", pid, pid, signo, 0) + siginfo + struct.pack("<QQ", 3000, 0x401000))

def notice(text):
    return record(3, struct.pack("<II", 100, len(text)) + text)

def record(kind, body):
    return struct.pack("<BH", kind, len(body)) + body

def slot(tid, nr, args):  # an InflightSlot (384 bytes) with one syscall in flight
    head = struct.pack("<III", tid, tid, 1) + b"\0" * 52
    entry = struct.pack("<Q6QQ", nr, *(list(args) + [0] * (6 - len(args))), 500)
    return struct.pack("<BH", 5, 384) + head + entry + b"\0" * (384 - 64 - 64)

def lifecycle(kind, status, pid=100):  # tracer/protocol.h: LifecycleRecord after its header
    return record(6, struct.pack("<IIIiQ", pid, pid, kind, status, 4000))

AT_FDCWD = (1 << 64) - 100
stat_buf = struct.pack("<QQQIIIIQqqq", 2049, 1234, 1, 0o100644, 0, 0, 0, 0, 42, 4096, 8) + b"\0" * 48
events = {
    "open_read_close": start() + syscall(257, [AT_FDCWD, 0x1000, 0o2000000], 3, chunk(1, 0, b"/etc/passwd\0"))
                       + syscall(0, [3, 0x2000, 4096], 12, chunk(1, 1, b"root:x:0:0:\n"))
                       + syscall(3, [3], 0),
    "fstat_write": start() + syscall(5, [3, 0x3000], 0, chunk(1, 1, stat_buf))
                   + syscall(1, [1, 0x4000, 6], 6, chunk(1, 0, b"hello\n")),
    "signal_exit": start() + notice(b"running SUD-only\n") + signal(17) + syscall(231, [0], 0, flags=1),
    "fork_killed": start() + syscall(57, [], 101) + start(101, 100, b"child") + syscall(0, [0, 0x1000, 10], 0, pid=101)
                   + slot(101, 0, [0, 0x1000, 10]),
    "companion_ends": start() + syscall(57, [], 101) + start(101, 100, b"child") + lifecycle(2, 19, 101)
                      + lifecycle(1, 9, 101) + syscall(61, [101, 0x1000, 0], 101) + lifecycle(4, 0) + lifecycle(1, 0),
    "fd_paths": start() + syscall(0, [3, 0x2000, 4], 4, chunk(0, 2, b"/tmp/x\0") + chunk(1, 1, b"abcd"))
                + syscall(22, [0x5000], 0, chunk(7, 2, b"pipe:[1]\0") + chunk(8, 2, b"pipe:[1]\0")),
}
for name, data in events.items():
    companion = 0x8000 if name == "companion_ends" else 0
    write("events_fuzz", name, struct.pack("<H", 0x0104 | companion) + data)

filters = {
    "trace": b"trace=open,close,read\n!write",
    "classes": b"trace=%file,%process,%vdso\nsignal=!SIGCHLD",
    "regex": b"trace=/^open\nstatus=failed,unfinished",
    "inject": b"inject=openat:error=ENOENT:when=2+3\nfault=read:when=5",
    "raw_read": b"raw=all\nread=1,2\nwrite=3\nabbrev=none\nverbose=!stat",
    "quiet": b"quiet=attach,exit\ndecode-fds=all\nkvm=vcpu",
}
for name, data in filters.items():
    write("filter_fuzz", name, data)

options = {
    "simple": [b"-f", b"-o", b"out", b"ls", b"-l"],
    "many": [b"-ff", b"-yy", b"-xx", b"-s", b"64", b"-ttt", b"-T", b"-e", b"trace=open", b"true"],
    "long": [b"--trace=%file", b"--string-limit=10", b"--mode=sud", b"--ring-size=65536", b"--stats", b"prog"],
    "summary": [b"-c", b"-S", b"calls", b"-U", b"name,calls", b"-w", b"prog"],
    "misc": [b"-a", b"50", b"-E", b"A=B", b"-u", b"nobody", b"-P", b"/tmp", b"-b", b"execve", b"-Y", b"-k", b"x"],
    "refused": [b"-p", b"1", b"-D", b"-e", b"kvm=vcpu"],
}
for name, argv in options.items():
    write("options_fuzz", name, b"\0".join(argv))
