#!/usr/bin/env python3
# tests/format_coverage/compare.py — the independent format-coverage set.
#
# Each *.c here makes one syscall family's calls with good, bad and extreme
# arguments and prints nothing. This script compiles each with gcc, traces it
# with strace 6.1 and with lzptrace (--mode=hybrid and --mode=sud), normalises
# both traces the way tests/golden_test.cc's Normalise does (addresses, pids,
# times) and compares them from the loader's munmap on. It prints one row per
# program: identical in both modes or not, and with -v the differing lines.
# Usage: compare.py LZPTRACE [-v] [--dir DIR] [PROGRAM...]  (DIR: heldout/, the
# second set, written after most fixes and measured before the rest; heldout2/,
# heldout3/ .. heldout8/: later sets for families and argument classes no
# earlier set covered)
# A program may name the options it is traced with, one variant per line
# `// compare-options: -v -s 8` (heldout7: -v/-s/-x/-y change strace's
# output); it is traced once per variant, with the same options given to
# strace and to lzptrace, and counts as identical only when every variant is.
# A program with no such line is traced once, with no options.
# --with "OPTS" adds OPTS to every variant, for both tracers (e.g. --with "-X raw":
# how close -X's output is; see README.md, "-X: what strace treats as a constant").
# heldout9 (processes and strace's summary): under -f each line's `PID ` prefix
# (strace's `%-5d `: checked for width, then dropped) and every pid seen in a
# prefix (or, under -ff, in a file name) become P0, P1, ... in numeric order
# wherever they occur; -ff's files are compared one by one in pid order. A -c
# table keeps its shape, calls, errors and names; the digits of its time
# columns become D, and a table sorted by time is compared with its rows in
# name order. Two words only compare.py knows: --pipe traces with
# -o '|cat >FILE', and --append with -A into a file that already holds a line.
# heldout10 (glibc's library functions under display options): -i's prefix,
# ports, random names and glibc's own values are normalised (RULES), and a
# variant's own `-e trace=!SET` takes %vdso for lzptrace.
# heldout11 (static and Go programs): `// compare-build: -static` adds gcc
# flags; a *.go program is built with Go (`// compare-build: cgo=0|1`); a
# program with several such lines is built and traced once per line. A
# program that runs no loader (-static, cgo=0) is compared from its execve on.
# `// compare-order: multiset` compares the lines as a sorted multiset (Go's
# threads race: a task's unfinished and resumed halves joined, every task P,
# rusage times as TIME), and `// compare-racy: futex,nanosleep` leaves those
# calls' lines out (the runtime's scheduling; SIGURG: that signal's; +++: the
# tasks' ends are kept once each, not counted); the -p scenarios have a runner of their own (heldout11/attach.py).
import difflib, glob, os, re, subprocess, sys, tempfile

RULES = [
    (r'^((clone|clone3|gettid)\(.*= )0x[0-9a-f]+$', r'\1PID'),  # heldout10: -e raw=all's tids in hex
    (r'0x[0-9a-f]{5,}', 'ADDR'),
    (r'^((getpid|getppid|gettid|set_tid_address|clone|clone3|fork|vfork|wait4|kill|rt_sigreturn)\(.*= )[0-9]+', r'\1PID'),
    (r'^(kill|wait4)\([0-9]+', r'\1(PID'),
    (r'si_pid=[0-9]+', 'si_pid=PID'),
    (r'(pipe|socket|anon_inode):\[[0-9]+\]', r'\1:[INODE]'),
    (r'^kcmp\([0-9]+, [0-9]+', 'kcmp(PID, PID'),
    (r'^((shmget|semget|msgget)\(.*= )[0-9]+$', r'\1ID'),
    (r'^(process_vm_readv|process_vm_writev|tgkill|rt_tgsigqueueinfo|pidfd_open)\([0-9]+', r'\1(PID'),
    (r'^(tgkill|rt_tgsigqueueinfo)\(PID, [0-9]+', r'\1(PID, PID'),
    (r'^(rt_sigqueueinfo|tkill)\([0-9]+', r'\1(PID'),  # heldout3: pids and tids as first argument
    (r'\{pid=[0-9]+([,}])', r'{pid=PID\1'),  # struct ucred (SCM_CREDENTIALS, SO_PEERCRED, cut at 4 bytes)
    (r'\(left \{tv_sec=[0-9]+, tv_nsec=[0-9]+\}\)', '(left TIME)'),  # recvmmsg's timeout left
    (r', left \{tv_sec=[0-9]+, tv_nsec=[0-9]+\}\)$', ', left TIME)'),  # heldout7: pselect6's 1 us timeout left
    (r'd_ino=[0-9]+', 'd_ino=INODE'),
    (r'(st_[amc]time)=[0-9]+ /\* [^*]+ \*/, st_[amc]time_nsec=[0-9]+', r'\1=TIME'),
    (r'st_ino=[0-9]+', 'st_ino=INODE'),
    (r'^getrandom\("[^"]*"(\.\.\.)?', 'getrandom(RANDOM'),
    (r'htons\([0-9]{5}\)', 'htons(PORT)'),
    (r'time=\{tv_sec=[0-9]+, tv_usec=[0-9]+\}', 'time=TIME'),  # adjtimex's clock reading
    # heldout4: System V IPC ids (the kernel's sequence moves on every get), the
    # highest index in use that *_INFO returns, and a segment's pids and times
    (r'^(shmat|shmctl|semop|semtimedop|semctl)\([0-9]+', r'\1(ID'),
    (r'^((shmctl|semctl)\(ID, ([0-9]+, )?(IPC_INFO|SHM_INFO|SEM_INFO|GETPID)[,)].*= )[0-9]+$', r'\1N'),
    (r'shm_[cl]pid=[0-9]+', 'shm_pid=PID'),
    (r'shm_[acd]time=[0-9]+( /\* [^*]+ \*/)?', 'shm_time=TIME'),
    # heldout6: message queue ids as the first argument (as heldout4's shm and sem
    # ids), and the session and group ids that setsid makes from the pid
    (r'^(msgctl|msgsnd|msgrcv)\([0-9]+', r'\1(ID'),
    # third pass: msgctl's IPC_INFO/MSG_INFO answer the same kind of index, which other queues move
    (r'^(msgctl\(ID, (IPC_INFO|MSG_INFO)[,)].*= )[0-9]+$', r'\1N'),
    (r'^((setsid|getsid|getpgrp|getpgid)\(.*= )[0-9]+$', r'\1PID'),
    # heldout7: a child's pid as ptrace's and waitid's second argument, a lock
    # holder's pid (F_GETLK), and socket inodes under --decode-fds=socket
    (r'^(ptrace\([A-Z_]+|ptrace\(0x[0-9a-f]+ /\* PTRACE_\?\?\? \*/|waitid\(P_PID), [0-9]+', r'\1, PID'),
    (r'l_pid=[1-9][0-9]*', 'l_pid=PID'),
    (r'stx_[abcm]time=\{tv_sec=[0-9]+, tv_nsec=[0-9]+\}( /\* [^*]+ \*/)?', 'stx_time=TIME'),
    (r'stx_ino=[0-9]+', 'stx_ino=INODE'),
    # heldout10: an IPv4 endpoint's ephemeral port under -yy (before the inode rule)
    (r'(<TCP:\[|->)((?:[0-9]{1,3}\.){3}[0-9]{1,3}):[0-9]{4,5}', r'\1\2:PORT'),
    (r'(<[A-Z][A-Za-z0-9-]*):\[[0-9]+(->[0-9]+)?', r'\1:[INODE'),
    # heldout8: the owner pid F_SETOWN gives and F_GETOWN returns (the program's own)
    (r'^(fcntl\([0-9]+, F_SETOWN, )[0-9]+', r'\1PID'),
    (r'^(fcntl\([0-9]+, F_GETOWN\).*= )[0-9]+$', r'\1PID'),
    # heldout9: the child's tid clone/clone3 write back for CLONE_PARENT_SETTID (without -f)
    (r'parent_tid=\[[0-9]+\]', 'parent_tid=[PID]'),
    # heldout9: a child's CPU time in SIGCHLD's siginfo (children that spin to synchronise use some)
    (r'(si_[us]time)=[0-9]+( /\* [0-9.]+ s \*/)?', r'\1=TIME'),
    # heldout10 (glibc's library calls): a thread's tid in hex under -e raw=all,
    # the pid sched_getparam/sched_getscheduler take (glibc's aio helper), a
    # pidfd's pid under -yy, netlink's time-based sequence numbers and port ids,
    # mkstemp's and sem_open's six random letters, glibc's SIGEV_THREAD
    # sigev_value (a pointer to its own struct) and its helper thread's tid
    (r'^(sched_getparam|sched_getscheduler)\([0-9]+', r'\1(PID'),
    (r'<pid:[0-9]+>', '<pid:PID>'),
    (r'nlmsg_seq=[0-9]{9,}', 'nlmsg_seq=SEQ'),
    (r'nlmsg_pid=[1-9][0-9]{2,}', 'nlmsg_pid=PID'),
    (r'(/lzp-h10-[a-z]+/[a-z])[A-Za-z0-9]{6}', r'\1XXXXXX'),
    (r'(/dev/shm/sem\.)[A-Za-z0-9]{6}(?![A-Za-z0-9-])', r'\1XXXXXX'),
    (r'sival_int=-?[0-9]+, sival_ptr=ADDR', 'sival_int=N, sival_ptr=ADDR'),
    (r'sigev_notify_thread_id=[0-9]+', 'sigev_notify_thread_id=PID'),
    (r'</tmp/#[0-9]+>', '</tmp/#INODE>'),  # tmpfile's O_TMPFILE inode under -y
    # --with "-X raw|verbose": the same pids and ephemeral ports as numbers
    (r'^(ptrace\(0x[0-9a-f]+( /\* [A-Z_]+ \*/)?|waitid\(0x1( /\* P_PID \*/)?), [0-9]+', r'\1, PID'),
    (r'^((shmctl|semctl)\(ID, ([0-9]+, )?(0x3|0xe|0x13|0xb)( /\* [A-Z_]+ \*/)?[,)].*= )[0-9]+$', r'\1N'),
    (r'(sin6?_port=)"\\x([0-9a-f]{2})\\x([0-9a-f]{2})"( /\* htons\(PORT\) \*/)?',
     lambda m: m.group(1) + 'PORT' if int(m.group(2) + m.group(3), 16) >= 10000 else m.group(0)),
]

# heldout8: -t/-tt/-ttt/-r put a clock reading before each line and -T one after
# it; their digits vary run to run, so they become 'D' (the shape stays
# compared). -n's '[ NR] ' prefix is kept as it is. Both are set aside while
# the rules above, anchored at the call's name, run.
# heldout10: -i's `[IP] ` (16 hex digits: they vary with ASLR) becomes [IP]
# and is set aside the same way.
IPPFX = re.compile(r'^\[[0-9a-f]{16}\] ')
PREFIX = re.compile(r'^((?:[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?|[0-9]+\.[0-9]+| *[0-9]+\.[0-9]{6}| *[0-9]+\.[0-9]+|[0-9]{9,}) )?(\[ *[0-9]+\] )?')
SUFFIX = re.compile(r' <[0-9]+(\.[0-9]+)?>$')
PIDPFX = re.compile(r'^([0-9]+)(<[^>]*>)?( +)')

def normalise(line):
    m = PREFIX.match(line)
    clock = re.sub(r'[0-9]', 'D', m.group(1) or '')
    nr = m.group(2) or ''
    line = line[m.end():]
    ip = IPPFX.match(line)
    if ip:
        nr += '[IP] '
        line = line[ip.end():]
    took = SUFFIX.search(line)
    took = re.sub(r'[0-9]', 'D', took.group(0)) if took else ''
    if took:
        line = line[:-len(took)]
    line = _normalise(line)
    return clock + nr + line + took

def _normalise(line):
    for pat, rep in RULES:
        line = re.sub(pat, rep, line)
    if "PID" in line or "(ID," in line or "INODE" in line or (STATIC[0] and 'ADDR' in line):
        # heldout11: a static program's heap (brk) moves with ASLR, so its addresses' width too
        line = re.sub(r'\) +(= .*)$', r') \1', line)
    return line

def map_pids(lines, pids):
    # heldout9: the pids of the traced tasks, in numeric order, as P0, P1, ...
    names = {p: f'P{i}' for i, p in enumerate(sorted(set(pids), key=int))}
    if not names:
        return lines
    pat = re.compile(r'(?<![0-9.x])(' + '|'.join(sorted(names, key=len, reverse=True)) + r')(?![0-9])')
    return [pat.sub(lambda m: names[m.group(1)], l) for l in lines]

def split_pids(lines):
    # heldout9: -f's `PID ` prefix (strace: %-5d and a space) off each line.
    pids, out = [], []
    for l in lines:
        m = PIDPFX.match(l)
        if not m:
            out.append(('', l))
            continue
        ok = m.group(2) or len(m.group(0)) == max(6, len(m.group(1)) + 1)
        pids.append(m.group(1))
        out.append((m.group(1) + (m.group(2) or '') + ('' if ok else '!width'), l[m.end():]))
    return pids, out

TIMECOLS = ('% time', 'seconds', 'usecs/call', 'longest', 'shortest')

def summary(lines, opts):
    # heldout9: a -c table's time columns as D, rows in name order when sorted by time
    seps = [i for i, l in enumerate(lines) if re.match(r'^-+( -+)*$', l)]
    if len(seps) < 2 or seps[0] == 0:
        return lines
    head, a, b = seps[0] - 1, seps[0], seps[1]
    spans = [(m.start(), m.end()) for m in re.finditer(r'-+', lines[a])]
    header = lines[head]
    timed = [sp for sp in spans if header[sp[0]:sp[1]].strip() in TIMECOLS]
    def norm(l):
        for lo, hi in timed:
            if re.search(r'[0-9D]', l[lo:hi]):  # D: a clock prefix's rule got there first
                l = l[:lo] + 'T'.rjust(hi - lo) + l[hi:]
        return l
    rows = [norm(l) for l in lines[a + 1:b]]
    key = opts[opts.index('-S') + 1] if '-S' in opts else 'time'
    if key not in ('name', 'nothing', 'calls', 'errors'):
        rows.sort(key=lambda l: l.split()[-1])
    return lines[:a + 1] + rows + [norm(l) for l in lines[b:]]

EXEC_DONE = re.compile(r'^(P[0-9]+(?:<[^>]*>)? )?(?:[D:. ]+ )?(?:execve|execveat)\(.*\) += 0$|^(P[0-9]+(?:<[^>]*>)? )?(?:[D:. ]+ )?<\.\.\. (?:execve|execveat) resumed>.*\) += 0$')
CALL = re.compile(r'^(P[0-9]+(?:<[^>]*>)? )?(?:[D:. ]+ )?(\[ *[0-9]+\] )?([a-z_0-9]+)\(')

def new_image_loaders(lines):
    # heldout9: a new image's loader lines (after an execve's `= 0`, up to its
    # munmap) are left out as the first image's are: with an audit module the
    # loader sets up TLS before mapping the libraries (docs/architecture.md).
    out, loading = [], set()
    for l in lines:
        m = CALL.match(l)
        task = (m.group(1) or '') if m else (re.match(r'^(P[0-9]+(?:<[^>]*>)? )?', l).group(1) or '')
        if task in loading:
            if m and m.group(3) == 'munmap':
                loading.discard(task)
                out.append(task + '<new image loaded>')
            continue
        out.append(l)
        e = EXEC_DONE.match(l)
        if e:
            loading.add(e.group(1) or e.group(2) or '')
    return out

STATIC = [False]  # heldout11: the program runs no loader; compare from its execve on

def loaders_out(lines):
    # heldout11: a static program's execve starts no loader: nothing to leave out (a
    # dynamic program it execs is traced with a set that holds no loader call)
    return lines if STATIC[0] else new_image_loaders(lines)

def loader_end(lines):
    if STATIC[0]:
        return 0
    for i, l in enumerate(lines):
        if re.match(r'^(?:[D:. ]+ )?(?:\[(?: *[0-9]+|IP)\] )*munmap\(', l):
            return i + 1
    return 0

def trace(cmd, out, opts=()):
    cmd = list(cmd)
    if '--pipe' in cmd:
        cmd.remove('--pipe')
        cmd[cmd.index(out) - 1:cmd.index(out) + 1] = ['-o', '|cat >' + out]
    if '--append' in cmd:
        cmd.remove('--append')
        cmd.insert(1, '-A')
        with open(out, 'w') as f:
            f.write('an earlier line\n')
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    except subprocess.TimeoutExpired:  # heldout8: a hung trace is a difference, not the end of the run
        return ['<timed out after 60 s>']
    if '-ff' in opts:  # heldout9: one file per task, in pid order
        files = sorted((f for f in glob.glob(out + '.*') if f[len(out) + 1:].isdigit()),
                       key=lambda f: int(f[len(out) + 1:]))
        pids = [f[len(out) + 1:] for f in files]
        res = []
        for f in files:
            lines = map_pids([l.rstrip('\n') for l in open(f)], pids)
            lines = [normalise(l) for l in lines]
            res += [f'=== file {len(res) and "next" or "first"}'] + loaders_out(lines[loader_end(lines):])
        return map_pids(res, pids)
    try:
        raw = [l.rstrip('\n') for l in open(out)]
    except FileNotFoundError:
        return ['<no output file>']
    first = ['<appended to>' if raw[:1] == ['an earlier line'] else '<not appended>'] if '-A' in cmd else []
    if '-f' in opts or '-ff' in opts or '--follow-forks' in opts:
        pids, parts = split_pids(raw)
        parts = [(p, l) for p, l in parts]
        lines = map_pids([l for _, l in parts], pids)
        prefixes = map_pids([p for p, _ in parts], pids)
        lines = [normalise(l) for l in lines]
        start = loader_end(lines)
        lines = [(p + ' ' if p else '') + l for p, l in zip(prefixes, lines)][start:]
    else:
        lines = [normalise(l) for l in raw]
        lines = lines[loader_end(lines):]
    lines = loaders_out(lines)
    if any(o in opts for o in ('-c', '-C', '--summary-only', '--summary')):
        lines = summary(lines, opts)
    return first + lines

def header(source, word):
    return [l.split(':', 1)[1].split() for l in open(source) if l.startswith('// ' + word + ':')]

def source(here, p):
    return os.path.join(here, p + ('.go' if os.path.exists(os.path.join(here, p + '.go')) else '.c'))

def build(src, flags, exe, tmp):
    # heldout11: gcc with the program's own flags, or Go (cgo off: a static binary)
    if src.endswith('.go'):
        cgo = '1' if 'cgo=1' in flags else '0'
        env = dict(os.environ, HOME=tmp, GOCACHE=os.path.join(tmp, 'gocache'), GOPATH=os.path.join(tmp, 'gopath'),
                   GO111MODULE='off', CGO_ENABLED=cgo)
        subprocess.run(['/usr/bin/go', 'build', '-o', exe, src], check=True, env=env)
        STATIC[0] = cgo == '0'
    else:
        subprocess.run(['gcc', '-O1', '-w', *flags, '-o', exe, src, *(['-lpthread'] if '-static' in flags else [])], check=True)
        STATIC[0] = '-static' in flags

def joined(lines):
    # heldout11: a task's `<unfinished ...>` and its `<... NAME resumed>` as one line
    open_, out = {}, []
    for l in lines:
        m = re.match(r'^(P[0-9]+(?:<[^>]*>)? )?(.*)$', l)
        task, body = m.group(1) or '', m.group(2)
        if body.endswith(' <unfinished ...>'):
            open_[task] = len(out)
            out.append(task + body[:-len(' <unfinished ...>')])
            continue
        r = re.match(r'^<\.\.\. [a-z_0-9]+ resumed>(.*)$', body)
        if r and task in open_:
            out[open_.pop(task)] += r.group(1)
            continue
        out.append(l)
    for i in open_.values():  # strace: a task that died in its call may have no resumed line
        out[i] += ') = ?'
    return out

def reorder(lines, src):
    # heldout11: Go's threads race; lines as a sorted multiset, racy calls as a set of names
    racy = set(sum((x[0].split(',') for x in header(src, 'compare-racy') if x), []))
    if not header(src, 'compare-order') and not racy:
        return lines
    out = set()
    kept = []
    if header(src, 'compare-order'):
        lines = joined(lines)
    for l in lines:
        m = CALL.match(l)
        body = re.sub(r'^P[0-9]+(<[^>]*>)? ', '', l)
        if header(src, 'compare-order'):
            body = _normalise(body)  # a joined line's rules (its result) apply now
        r = re.match(r'^<\.\.\. ([a-z_0-9]+) resumed>|^--- (SIG[A-Z0-9]+)|^(\+\+\+) ', body)
        name = m.group(3) if m else r and (r.group(1) or r.group(2) or r.group(3))
        if name in racy:
            if name == '+++':  # a task's end keeps its status (how many tasks ended is luck)
                out.add(body)
            continue  # the runtime's scheduling and preemption signals: whether they came is luck
        if header(src, 'compare-order'):  # how many threads came first is luck too: any task is P
            body = re.sub(r'ru_([us])time=\{tv_sec=[0-9]+, tv_usec=[0-9]+\}', r'ru_\1time=TIME', re.sub(r'\bP[0-9]+\b', 'P', body))
        kept.append(l if not header(src, 'compare-order') else body)
    if header(src, 'compare-order'):
        kept = sorted(re.sub(r'\) +(= .*)$', r') \1', l) for l in kept)
    return kept + ['tasks ended: ' + ','.join(sorted(out))]

def variants(source):
    found = [l.split(':', 1)[1].split() for l in open(source)
             if l.startswith('// compare-options:')]
    return found or [[]]

def main():
    args = sys.argv[1:]
    lzp = os.path.abspath(args.pop(0))
    verbose = '-v' in args
    args = [a for a in args if a not in ('-v', '--unified')]
    here = os.path.dirname(os.path.abspath(__file__))
    if '--dir' in args:
        i = args.index('--dir')
        here = os.path.join(here, args[i + 1])
        del args[i:i + 2]
    extra = []
    if '--with' in args:
        i = args.index('--with')
        extra = args[i + 1].split()
        del args[i:i + 2]
    twice = '--strace-twice' in args  # heldout9: is strace's own output the same in two runs?
    args = [a for a in args if a != '--strace-twice']
    progs = args or sorted(f.rsplit('.', 1)[0] for f in os.listdir(here) if f.endswith(('.c', '.go')))
    tmp = tempfile.mkdtemp(prefix='lzp-cov-')
    same = 0
    for p in progs:
        src = source(here, p)
        ok = True
        # heldout11: one build per `// compare-build:` line (cgo=0 and cgo=1), each traced with every variant
        for bi, flags in enumerate(header(src, 'compare-build') or [[]]):
            exe = os.path.join(tmp, p + (f'.b{bi}' if bi else ''))
            build(src, flags, exe, tmp)
            for n, opts in enumerate(variants(src)):
                opts = extra + opts
                out = f'{exe}.{n}'
                st = reorder(trace(['strace', *opts, '-o', out + '.strace', exe], out + '.strace', opts), src)
                if twice:
                    st2 = reorder(trace(['strace', *opts, '-o', out + '.strace2', exe], out + '.strace2', opts), src)
                    if st2 != st:
                        ok = False
                        print(f'--- {p} strace twice {" ".join(opts)}')
                        for a, b in zip(st + ['<none>'] * len(st2), st2 + ['<none>'] * len(st)):
                            if a != b:
                                print('  run 1: ' + a + '\n  run 2: ' + b)
                    continue
                for mode in ('hybrid', 'sud'):
                    # heldout10: a variant's own `-e trace=!SET` replaces an earlier
                    # one (as in strace), so %vdso joins it there instead
                    mine = ['trace=' + o[6:] + ',%vdso' if o.startswith('trace=!') else o for o in opts]
                    vdso = [] if mine != opts else ['-e', 'trace=!%vdso']
                    ours = reorder(trace([lzp, '--mode=' + mode, *vdso, *mine, '-o', out + '.' + mode, exe], out + '.' + mode, opts), src)
                    if ours != st:
                        ok = False
                        if verbose:
                            print(f'--- {p} ({mode}) {" ".join(opts)}')
                            if '--unified' in sys.argv:  # heldout9: a diff, for lines out of order
                                for d in list(difflib.unified_diff(st, ours, 'strace', 'lzptrace', n=1, lineterm=''))[2:]:
                                    print('  ' + d)
                                continue
                            for i in range(max(len(st), len(ours))):
                                a = st[i] if i < len(st) else '<none>'
                                b = ours[i] if i < len(ours) else '<none>'
                                if a != b:
                                    print('  strace:  ' + a + '\n  lzptrace:' + b)
        same += ok
        print(f'{p:20} {"identical" if ok else "DIFFERENT"}')
    print(f'{same}/{len(progs)} identical to strace in both modes')

if __name__ == '__main__':  # sweep/sweep.py imports normalise
    main()
