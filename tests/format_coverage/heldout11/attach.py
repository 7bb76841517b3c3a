#!/usr/bin/env python3
# tests/format_coverage/heldout11/attach.py — the -p scenarios of heldout11.
#
# Each attach/*.c is a program that sleeps in one call (`// attach-block:`)
# until attach.py acts (`// attach-then:`). For each `// attach-options:`
# variant, attach.py starts the program (or `// attach-procs: 2` copies) in a
# fresh directory holding the fifos `wake` and `wake2`, waits (no sleeping:
# polling /proc) until a task of it is in that call, and starts the tracer with
# `-o FILE -p PID` and stderr on a pipe. Once the tracer's stderr said
# `Process PID attached` for each process and every task sleeps again
# (state S), it does the scenario's acts in order:
#   wake / wake2  write a byte to that fifo;     usr1 / term  signal the program;
#   connect       connect to DIR/sock, close;    sigint  SIGINT to the tracer, wait for it to end;
#   gone          wait until the first program has ended.
# A program with several `// attach-build:` lines (gcc flags) is built and
# run once per line.
# `// attach-order: multiset` compares the lines (a task's unfinished and
# resumed halves joined) as a sorted multiset.
# Then it waits for the programs and the tracer, and compares with strace 6.1's
# run the trace file (compare.py's rules, -f's prefixes and every pid as P0,
# P1, ... in numeric order, -c's time columns as T) and the tracer's stderr
# (its name as TRACER, pids mapped). Both modes (hybrid, sud).
# Usage: attach.py LZPTRACE [-v] [--strace-twice] [SCENARIO...]
import os, re, select, signal, socket, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import compare  # noqa: E402

NR = {'read': 0, 'nanosleep': 35, 'clock_nanosleep': 230, 'wait4': 61, 'futex': 202,
      'epoll_wait': 232, 'accept': 43}


def header(src, word):
    return [l.split(':', 1)[1].split() for l in open(src) if l.startswith('// ' + word + ':')]


def tasks(pid):
    try:
        return os.listdir(f'/proc/{pid}/task')
    except FileNotFoundError:
        return []


def field(path, n=0):
    try:
        return open(path).read().split()[n]
    except (FileNotFoundError, IndexError, ProcessLookupError):
        return None


def state(pid, tid):
    try:
        s = open(f'/proc/{pid}/task/{tid}/stat').read()
        return s[s.rindex(')') + 2]
    except (FileNotFoundError, ValueError, ProcessLookupError):
        return None


def until(cond, what, limit=30.0):
    end = time.monotonic() + limit
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError(what)
        os.sched_yield()


def in_call(pid, nr):
    return any(field(f'/proc/{pid}/task/{t}/syscall') == str(nr) and state(pid, t) == 'S' for t in tasks(pid))


def all_asleep(pid):
    return all(state(pid, t) in ('S', None) for t in tasks(pid))


def run(tracer, exe, src, opts, out):
    d = tempfile.mkdtemp(prefix='lzp-h11p-')
    for f in ('wake', 'wake2'):
        os.mkfifo(os.path.join(d, f))
    nprocs = int((header(src, 'attach-procs') or [['1']])[0][0])
    nr = NR[header(src, 'attach-block')[0][0]]
    progs = [subprocess.Popen([exe, d] + (['second'] if i else []), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for i in range(nprocs)]
    pids = [str(p.pid) for p in progs]
    try:
        for p in pids:
            until(lambda: in_call(p, nr), 'the program to sleep in its call')
        cmd = [*tracer, *opts, '-o', out] + sum((['-p', p] for p in pids), [])
        t = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = b''
        end = time.monotonic() + 30
        while not all(f'Process {p} attached'.encode() in err for p in pids):
            r, _, _ = select.select([t.stderr], [], [], max(0, end - time.monotonic()))
            if not r:
                raise TimeoutError('the attach message')
            chunk = os.read(t.stderr.fileno(), 4096)
            if not chunk:
                raise TimeoutError('the tracer ended before it attached')
            err += chunk
        for p in pids:
            until(lambda: all_asleep(p), 'the program to sleep again')
        tids = sorted({t for p in pids for t in tasks(p)}, key=int)  # a thread's tid shows up (futex words)
        for act in header(src, 'attach-then')[0]:
            if act in ('wake', 'wake2'):
                fd = os.open(os.path.join(d, act), os.O_WRONLY)
                os.write(fd, b'x')
                os.close(fd)
            elif act in ('usr1', 'term'):
                os.kill(progs[0].pid, signal.SIGUSR1 if act == 'usr1' else signal.SIGTERM)
            elif act == 'connect':
                s = socket.socket(socket.AF_UNIX)
                s.connect(os.path.join(d, 'sock'))
                s.close()
            elif act == 'sigint':
                t.send_signal(signal.SIGINT)
                err += t.stderr.read()
                t.wait(30)
            elif act == 'gone':
                progs[0].wait(30)
        for p in progs:
            p.wait(30)
        err += t.stderr.read()
        t.wait(30)
        status = t.returncode
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        for p in progs:
            p.kill()
        return ['<timed out waiting for ' + str(e) + '>']
    lines = [l.rstrip('\n') for l in open(out)] if os.path.exists(out) else ['<no output file>']
    errs = [re.sub(r'^(/usr/bin/)?(strace|lzptrace|[^ :]*/lzptrace): ', 'TRACER: ', l) for l in err.decode(errors='replace').splitlines()]
    prefixes, rest = zip(*compare.split_pids(lines)[1]) if lines else ((), ())
    found = compare.split_pids(lines)[0]
    every = pids + tids + found + [p for l in errs for p in re.findall(r'Process ([0-9]+)', l)]
    rest = [compare.normalise(l) for l in compare.map_pids(list(rest), every)]
    prefixes = compare.map_pids(list(prefixes), every)
    body = [(p + ' ' if p else '') + l for p, l in zip(prefixes, rest)]
    if header(src, 'attach-order'):  # the tasks' first lines race in strace: a sorted multiset
        body = sorted(re.sub(r'\) +(= .*)$', r') \1', l) for l in compare.joined(body))
    if '-c' in opts:
        body = compare.summary(body, opts)
    return body + ['--- stderr'] + compare.map_pids(errs, every) + [f'--- tracer exit status {status}']


def compare_build(lzp, exe, src, n, twice, verbose):
    ok = True
    for i, opts in enumerate(header(src, 'attach-options') or [[]]):
        out = f'{exe}.{i}'
        st = run(['strace'], exe, src, opts, out + '.strace')
        others = [('strace again', ['strace'])] if twice else [(m, [lzp, '--mode=' + m, '-e', 'trace=!%vdso']) for m in ('hybrid', 'sud')]
        for label, tracer in others:
            ours = run(tracer, exe, src, opts, out + '.' + label.replace(' ', '_'))
            if ours != st:
                ok = False
                if verbose:
                    print(f'--- {n} ({label}) {" ".join(opts)}')
                    for k in range(max(len(st), len(ours))):
                        a = st[k] if k < len(st) else '<none>'
                        b = ours[k] if k < len(ours) else '<none>'
                        if a != b:
                            print('  strace:  ' + a + '\n  other:   ' + b)
    return ok


def main():
    args = sys.argv[1:]
    lzp = os.path.abspath(args.pop(0))
    verbose = '-v' in args
    twice = '--strace-twice' in args
    args = [a for a in args if a not in ('-v', '--strace-twice')]
    adir = os.path.join(HERE, 'attach')
    names = args or sorted(f[:-2] for f in os.listdir(adir) if f.endswith('.c'))
    tmp = tempfile.mkdtemp(prefix='lzp-h11a-')
    same = 0
    for n in names:
        src = os.path.join(adir, n + '.c')
        ok = True
        for bi, flags in enumerate(header(src, 'attach-build') or [[]]):  # one build per line
            exe = os.path.join(tmp, n + (f'.b{bi}' if bi else ''))
            subprocess.run(['gcc', '-O1', '-w', *flags, '-o', exe, src, '-lpthread'], check=True)
            ok = compare_build(lzp, exe, src, n, twice, verbose) and ok
        same += ok
        print(f'{n:20} {"identical" if ok else "DIFFERENT"}')
    print(f'{same}/{len(names)} identical to strace{" twice" if twice else " in both modes"}')


if __name__ == '__main__':
    main()
