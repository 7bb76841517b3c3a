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
import os, re, subprocess, sys, tempfile

RULES = [
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
    (r'^((setsid|getsid|getpgrp|getpgid)\(.*= )[0-9]+$', r'\1PID'),
    # heldout7: a child's pid as ptrace's and waitid's second argument, a lock
    # holder's pid (F_GETLK), and socket inodes under --decode-fds=socket
    (r'^(ptrace\([A-Z_]+|ptrace\(0x[0-9a-f]+ /\* PTRACE_\?\?\? \*/|waitid\(P_PID), [0-9]+', r'\1, PID'),
    (r'l_pid=[1-9][0-9]*', 'l_pid=PID'),
    (r'stx_[abcm]time=\{tv_sec=[0-9]+, tv_nsec=[0-9]+\}( /\* [^*]+ \*/)?', 'stx_time=TIME'),
    (r'stx_ino=[0-9]+', 'stx_ino=INODE'),
    (r'(<[A-Z][A-Za-z0-9-]*):\[[0-9]+(->[0-9]+)?', r'\1:[INODE'),
    # heldout8: the owner pid F_SETOWN gives and F_GETOWN returns (the program's own)
    (r'^(fcntl\([0-9]+, F_SETOWN, )[0-9]+', r'\1PID'),
    (r'^(fcntl\([0-9]+, F_GETOWN\).*= )[0-9]+$', r'\1PID'),
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
PREFIX = re.compile(r'^((?:[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?|[0-9]+\.[0-9]+| *[0-9]+\.[0-9]{6}) )?(\[ *[0-9]+\] )?')
SUFFIX = re.compile(r' <[0-9]+\.[0-9]+>$')

def normalise(line):
    m = PREFIX.match(line)
    clock = re.sub(r'[0-9]', 'D', m.group(1) or '')
    nr = m.group(2) or ''
    line = line[m.end():]
    took = SUFFIX.search(line)
    took = re.sub(r'[0-9]', 'D', took.group(0)) if took else ''
    if took:
        line = line[:-len(took)]
    line = _normalise(line)
    return clock + nr + line + took

def _normalise(line):
    for pat, rep in RULES:
        line = re.sub(pat, rep, line)
    if "PID" in line or "(ID," in line or "INODE" in line:
        line = re.sub(r'\) +(= .*)$', r') \1', line)
    return line

def loader_end(lines):
    for i, l in enumerate(lines):
        if re.match(r'^(?:[D:. ]+ )?(?:\[ *[0-9]+\] )?munmap\(', l):
            return i + 1
    return 0

def trace(cmd, out):
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    except subprocess.TimeoutExpired:  # heldout8: a hung trace is a difference, not the end of the run
        return ['<timed out after 60 s>']
    lines = [normalise(l.rstrip('\n')) for l in open(out)]
    return lines[loader_end(lines):]

def variants(source):
    found = [l.split(':', 1)[1].split() for l in open(source)
             if l.startswith('// compare-options:')]
    return found or [[]]

def main():
    args = sys.argv[1:]
    lzp = os.path.abspath(args.pop(0))
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
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
    progs = args or sorted(f[:-2] for f in os.listdir(here) if f.endswith('.c'))
    tmp = tempfile.mkdtemp(prefix='lzp-cov-')
    same = 0
    for p in progs:
        exe = os.path.join(tmp, p)
        subprocess.run(['gcc', '-O1', '-w', '-o', exe, os.path.join(here, p + '.c')], check=True)
        ok = True
        for n, opts in enumerate(variants(os.path.join(here, p + '.c'))):
            opts = extra + opts
            out = f'{exe}.{n}'
            st = trace(['strace', *opts, '-o', out + '.strace', exe], out + '.strace')
            for mode in ('hybrid', 'sud'):
                ours = trace([lzp, '--mode=' + mode, '-e', 'trace=!%vdso', *opts, '-o', out + '.' + mode, exe], out + '.' + mode)
                if ours != st:
                    ok = False
                    if verbose:
                        print(f'--- {p} ({mode}) {" ".join(opts)}')
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
