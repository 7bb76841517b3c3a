#!/usr/bin/env python3
# tests/format_coverage/sweep/sweep.py — the table-wide argument sweep.
#
# How it works: every syscall in syscalltable/syscalls.tbl is called with a
# fixed list of argument vectors made from each argument's kind in the table
# (VALUES below: numbers, pointers, paths, fds, pids, ids, modes, clocks, and
# for flags(T)/enum(T) the values of syscalltable/flags/T.tbl). A vector is the
# baseline (every argument's first value) with one argument changed, so each
# value of each argument is tried once. The cases go to a case file that
# sweeper.c runs, one forked, unprivileged child per case (sweeper.c's opening
# comment says how it stays safe). The sweeper is traced four times with -f:
# strace twice, lzptrace --mode=hybrid and --mode=sud (with -e trace=!%vdso).
# Each child's lines between its begin and end markers are that case's lines,
# normalised with compare.py's rules plus one: the child's own pid (it varies
# from run to run) becomes SELF. A case whose two strace runs differ is
# unstable (something other than the format varies) and is counted apart; the
# others are identical when both modes print exactly strace's lines.
# Why a case file and one C program, not generated C: the vectors are data
# read from the table, the program stays small and is compiled once, and a
# subset runs by naming syscalls.
#
# Usage: sweep.py LZPTRACE [--only NAME,...] [--json OUT] [-v] [--examples N]
# Prints per syscall identical/total, the overall figure and the difference
# classes with counts and examples.
import collections, ctypes, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
sys.path.insert(0, os.path.dirname(HERE))
from compare import normalise  # noqa: E402

M64 = (1 << 64) - 1
INTS = ['0', '1', '0xffffffff', '0xffffffff80000000', '0x7fffffff', '0xffffffffffffffff', '0xdefaced00000001']
POINTERS = ['@zero', '@bad', '@ff', '@cross']
PATHS = ['@p_name', '@p_empty', '@p_new', '@p_long', '@bad', '@ff']
FDS = ['@fd_file', '0xffffffffffffffff', '@fd_closed', '@fd_pipe', '@fd_sock', '@fd_file_hi']
# Values per kind (the table's second field, without its parameters); the
# first value of each list is the baseline.
VALUES = {
    'fd': FDS,
    'dirfd': ['0xffffffffffffff9c'] + FDS,  # AT_FDCWD first: paths resolve in the child's directory
    'pid': ['@self', '0', '1', '0xffffffffffffffff', '0x7fffffff', '0xdefaced00000000'],
    'uid': ['65534'] + INTS, 'gid': ['65534'] + INTS,
    'sig': ['0', '10', '64', '65', '0xffffffff', '0xdefaced0000000a'],
    'mode': ['0644', '0', '07777', '0170777', '0xffffffff', '0xdefaced000001a4'],
    'clockid': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '0xfffffffe', '0xffffffff',
                '0xdefaced00000001'],
    'path': PATHS, 'str': PATHS,
}
for k in ('int', 'uint', 'long', 'ulong', 'size', 'ssize', 'off', 'hex', 'oct'):
    VALUES[k] = INTS
for k in ('ptr', 'rem', 'in', 'out', 'inout', 'ibuf', 'obuf', 'iov', 'oiov', 'aiov', 'argv', 'envp', 'ioctlarg',
          'fcntlarg', 'dirents', 'opath'):
    VALUES[k] = POINTERS
MAX_NAMED = 24  # at most this many named values per flags/enum argument (evenly sampled: ioctl has hundreds)

# Calls not made at all, and why (they would end, replace or stop the child,
# signal other processes, or change the machine even unprivileged).
EXCLUDED = {
    'fork': 'makes a process', 'vfork': 'makes a process', 'clone': 'makes a process', 'clone3': 'makes a process',
    'execve': 'replaces the child', 'execveat': 'replaces the child', 'exit': 'ends the child before its marker',
    'exit_group': 'ends the child before its marker', 'rt_sigreturn': 'needs a signal frame',
    'pause': 'blocks until a signal', 'rt_sigsuspend': 'blocks until a signal',
    'kill': 'signals other processes', 'tkill': 'signals other threads', 'tgkill': 'signals other threads',
    'rt_sigqueueinfo': 'signals other processes', 'rt_tgsigqueueinfo': 'signals other threads',
    'pidfd_send_signal': 'signals other processes', 'reboot': 'could restart the machine',
    'seccomp': 'a filter or strict mode kills the child (and the in-process tracer) mid-case',
}
# Values left out of one argument (syscall, argument index): they stop the
# child's tracing or reach other processes.
SKIPPED = {
    ('prctl', 0): {22, 59},  # PR_SET_SECCOMP, PR_SET_SYSCALL_USER_DISPATCH
    ('arch_prctl', 0): {0x1001, 0x1002},  # ARCH_SET_GS, ARCH_SET_FS: the interposer's and libc's thread state
    ('ptrace', 0): {0},  # PTRACE_TRACEME: under lzptrace the sweeper would become the child's tracer
    ('setpriority', 0): {1, 2},  # PRIO_PGRP, PRIO_USER: every process of the group or user
    ('ioprio_set', 0): {2, 3},  # IOPRIO_WHO_PGRP, IOPRIO_WHO_USER
}
# Baselines other than the first value: System V IPC ids that no object has
# (0 and 1 may be other programs' objects), PTRACE_PEEKDATA for ptrace.
IPC_IDS = ['0x7fffffff', '0xffffffff', '0xdefaced07fffffff']
OVERRIDDEN = {('ptrace', 0): None}
for call in ('shmat', 'shmctl', 'semop', 'semtimedop', 'semctl', 'msgsnd', 'msgrcv', 'msgctl'):
    OVERRIDDEN[(call, 0)] = IPC_IDS


def parse_number(text):
    text = text.strip()
    neg = text.startswith('-')
    if neg:
        text = text[1:]
    if re.fullmatch(r'0[0-7]+', text):
        v = int(text, 8)
    else:
        v = int(text, 0)
    return (-v) & M64 if neg else v


def flag_table(name):
    """The named values of syscalltable/flags/NAME.tbl and its kind."""
    kind, values = 'flags', []
    for line in open(os.path.join(ROOT, 'syscalltable', 'flags', name + '.tbl')):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        if line.startswith('@kind'):
            kind = line.split()[1]
        elif line.startswith('@field'):
            for part in line.split()[2:]:
                if '=' in part and not part.startswith('?'):  # ?=NAME names the unknown value
                    values.append(parse_number(part.split('=', 1)[1]))
        elif not line.startswith('@'):
            try:
                values.append(parse_number(line.split()[-1]))
            except ValueError:
                pass
    return kind, sorted(set(values))


def named_values(table):
    kind, known = flag_table(table)
    nonzero = [v for v in known if v]
    if len(nonzero) > MAX_NAMED:
        step = len(nonzero) / MAX_NAMED
        nonzero = [nonzero[int(i * step)] for i in range(MAX_NAMED)]
    out = ['0'] + [hex(v) for v in nonzero]
    if kind == 'enum':
        unknown = (max(known) + 1) if known and max(known) < 0x7fffffff else 0x7ffffffe
    else:
        union = 0
        for v in known:
            union |= v
        unknown = next((1 << b for b in range(63) if not union & (1 << b)), 0)
    out += [hex(unknown), '0xffffffffffffffff']
    if nonzero:
        out.append(hex(0xdefaced00000000 | (nonzero[0] & 0xffffffff)))
    return list(dict.fromkeys(out))


def arg_values(call, index, kind):
    base = kind.split('(')[0]
    if base in ('flags', 'enum'):
        values = named_values(kind[kind.index('(') + 1:-1])
    else:
        values = list(VALUES[base])
    override = OVERRIDDEN.get((call, index), values)
    values = override if override is not None else values
    skip = SKIPPED.get((call, index), set())
    values = [v for v in values if v.startswith('@') or parse_number(v) not in skip]
    if (call, index) == ('ptrace', 0):
        values.insert(0, '2')  # PTRACE_PEEKDATA as the baseline
    return list(dict.fromkeys(values))


def read_table():
    calls = []
    for line in open(os.path.join(ROOT, 'syscalltable', 'syscalls.tbl')):
        if not line.strip() or line.startswith('#'):
            continue
        fields = line.split()
        nr, name = int(fields[0]), fields[1]
        args = []
        for a in fields[4:]:
            parts = a.split(':')
            args.append((parts[0], parts[1] if len(parts) > 1 else 'hex'))
        calls.append((nr, name, args))
    return calls


def make_cases(only):
    cases = []  # (id, name, nr, [6 tokens], label)
    for nr, name, args in read_table():
        if name in EXCLUDED or (only and name not in only):
            continue
        lists = [arg_values(name, i, kind) for i, (_, kind) in enumerate(args)]
        baseline = [l[0] for l in lists] + ['0'] * (6 - len(lists))
        cases.append((len(cases), name, nr, list(baseline), 'baseline'))
        for i, l in enumerate(lists):
            for v in l[1:]:
                vec = list(baseline)
                vec[i] = v
                cases.append((len(cases), name, nr, vec, f'{args[i][0]}={v}'))
    return cases


def clean_ipc(before):
    """Removes the System V objects and message queues uid 65534 made since `before`."""
    for kind, flag in (('shm', '-m'), ('sem', '-s'), ('msg', '-q')):
        for row in ipc_rows(kind):
            if row not in before:
                subprocess.run(['ipcrm', flag, row[0]], stderr=subprocess.DEVNULL)
    librt = ctypes.CDLL('librt.so.1')
    for name in (b'/f', b'/new'):
        librt.mq_unlink(name)


def ipc_rows(kind):
    rows = set()
    try:
        lines = open(f'/proc/sysvipc/{kind}').read().splitlines()[1:]
    except OSError:
        return rows
    for l in lines:
        f = l.split()
        uid_col = {'shm': 7, 'sem': 4, 'msg': 7}[kind]
        if f[uid_col] == '65534':
            rows.add((f[1],))
    return rows


def run_trace(cmd, sweeper, case_file, work, out):
    base = os.path.join(work, 'base')
    shutil.rmtree(base, ignore_errors=True)
    os.mkdir(base)
    os.chmod(base, 0o777)
    before = {k: ipc_rows(k) for k in ('shm', 'sem', 'msg')}
    subprocess.run(cmd + ['-o', out, sweeper, case_file, base], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=3600)
    clean_ipc(set().union(*before.values()))
    shutil.rmtree(base, ignore_errors=True)
    return split_cases(out)


BEGIN = re.compile(r'^write\(-1, "#([0-9]+)", [0-9]+\) += -1 EBADF')
END = re.compile(r'^write\(-1, "#end", 4\)')


def split_cases(path):
    """{case id: [normalised lines]} from a -f trace: each pid's lines between its markers."""
    per_pid = collections.defaultdict(list)
    for raw in open(path, errors='replace'):
        m = re.match(r'^(?:\[pid +)?([0-9]+)\]? +(.*)$', raw.rstrip('\n'))
        if m:
            per_pid[m.group(1)].append(m.group(2))
    cases = {}
    for pid, lines in per_pid.items():
        lines = join_resumed(lines)
        start = next((i for i, l in enumerate(lines) if BEGIN.match(l)), None)
        if start is None:
            continue
        case = int(BEGIN.match(lines[start]).group(1))
        body = []
        for l in lines[start + 1:]:
            if END.match(l):
                break
            body.append(l)
            if l.startswith('+++ killed'):
                break
        cases[case] = [normalise(re.sub(rf'\b{pid}\b', 'SELF', l)) for l in body]
    return cases


def join_resumed(lines):
    """One line for a call another process's line cut in two, without the padding before '= '."""
    out = []
    for l in lines:
        m = re.match(r'^<\.\.\. [a-z_0-9]+ resumed>(.*)$', l)
        if m and out and out[-1].endswith(' <unfinished ...>'):
            out[-1] = out[-1][:-len(' <unfinished ...>')] + m.group(1)
        else:
            out.append(l)
    return [re.sub(r'\) +(= [^"]*)$', r') \1', l) for l in out]


def split_args(line):
    """The top-level arguments of a call line and what follows its ')'."""
    m = re.match(r'^[a-z_0-9]+\((.*)$', line)
    if not m:
        return None, line
    text, depth, quote, cur, out = m.group(1), 0, False, '', []
    for i, ch in enumerate(text):
        if quote:
            cur += ch
            if ch == '\\':
                continue
            if ch == '"' and text[i - 1] != '\\':
                quote = False
            continue
        if ch == '"':
            quote = True
        elif ch in '[{(':
            depth += 1
        elif ch in ']})':
            if depth == 0:
                out.append(cur.strip())
                return out, text[i + 1:].strip()
            depth -= 1
        elif ch == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
            continue
        cur += ch
    out.append(cur.strip())
    return out, ''


def difference_class(case, theirs, ours, table):
    """A short name for how the lines differ: the table kind of the first differing argument, or the result."""
    if len(theirs) != len(ours):
        return f'{len(theirs)} lines vs {len(ours)}', None
    for a, b in zip(theirs, ours):
        if a == b:
            continue
        aa, ra = split_args(a)
        bb, rb = split_args(b)
        if aa is None or bb is None:
            return 'a non-call line', None
        for i in range(max(len(aa), len(bb))):
            x = aa[i] if i < len(aa) else None
            y = bb[i] if i < len(bb) else None
            if x != y:
                args = table[case[1]]
                kind = args[i][1] if i < len(args) else 'extra argument'
                return f'argument {kind}', i
        if ra != rb:
            return 'result', None
    return 'unclassified', None


def main():
    argv = sys.argv[1:]
    if not argv:
        print(__doc__ if __doc__ else 'usage: sweep.py LZPTRACE [--only A,B] [--json OUT] [-v]')
        return 2
    lzp = os.path.abspath(argv.pop(0))
    verbose = '-v' in argv
    only = set()
    json_out = None
    examples = 2
    if '--only' in argv:
        only = set(argv[argv.index('--only') + 1].split(','))
    if '--json' in argv:
        json_out = argv[argv.index('--json') + 1]
    if '--examples' in argv:
        examples = int(argv[argv.index('--examples') + 1])
    cases = make_cases(only)
    table = {name: args for _, name, args in read_table()}
    work = tempfile.mkdtemp(prefix='lzp-sweep-')
    os.chmod(work, 0o755)
    case_file = os.path.join(work, 'cases')
    with open(case_file, 'w') as f:
        for cid, _, nr, vec, _ in cases:
            f.write(f'{cid} {nr} {" ".join(vec)}\n')
    sweeper = os.path.join(work, 'sweeper')
    subprocess.run(['gcc', '-O1', '-w', '-o', sweeper, os.path.join(HERE, 'sweeper.c')], check=True)
    runs = {}
    for label, cmd in (('strace', ['strace', '-f']), ('strace2', ['strace', '-f']),
                       ('hybrid', [lzp, '--mode=hybrid', '-f', '-e', 'trace=!%vdso']),
                       ('sud', [lzp, '--mode=sud', '-f', '-e', 'trace=!%vdso'])):
        runs[label] = run_trace(cmd, sweeper, case_file, work, os.path.join(work, label + '.trace'))
    per_call = collections.OrderedDict()
    classes = collections.Counter()
    class_examples = collections.defaultdict(list)
    unstable = []
    result = []
    for case in cases:
        cid, name = case[0], case[1]
        st = runs['strace'].get(cid)
        row = per_call.setdefault(name, [0, 0, 0])
        if st is None or st != runs['strace2'].get(cid):
            unstable.append(case)
            row[2] += 1
            result.append({'id': cid, 'call': name, 'vector': case[4], 'status': 'unstable'})
            continue
        row[1] += 1
        diffs = {m: runs[m].get(cid) for m in ('hybrid', 'sud') if runs[m].get(cid) != st}
        if not diffs:
            row[0] += 1
            result.append({'id': cid, 'call': name, 'vector': case[4], 'status': 'identical'})
            continue
        mode, ours = next(iter(diffs.items()))
        ours = ours or []
        cls, _ = difference_class(case, st, ours, table)
        key = f'{name}: {cls}'
        classes[cls] += 1
        if len(class_examples[cls]) < examples:
            class_examples[cls].append((case[4], st, ours, mode))
        result.append({'id': cid, 'call': name, 'vector': case[4], 'status': 'different', 'class': cls,
                       'modes': sorted(diffs), 'strace': st, 'lzptrace': ours})
        if verbose:
            print(f'--- {name} {case[4]} ({",".join(sorted(diffs))})')
            for l in st:
                print('  strace:   ' + l)
            for l in ours:
                print('  lzptrace: ' + l)
    same = sum(r[0] for r in per_call.values())
    total = sum(r[1] for r in per_call.values())
    print('syscall                  identical/compared (unstable)')
    for name, (s, t, u) in per_call.items():
        print(f'{name:24} {s}/{t}' + (f' ({u})' if u else ''))
    print(f'\ndifference classes (first differing argument, by table kind):')
    for cls, n in classes.most_common():
        print(f'{n:6}  {cls}')
        for vec, st, ours, mode in class_examples[cls]:
            print(f'          [{vec}, {mode}]\n            strace:   {st}\n            lzptrace: {ours}')
    calls_same = sum(1 for s, t, u in per_call.values() if t and s == t)
    print(f'\nsyscalls swept: {len(per_call)} ({len(EXCLUDED)} excluded); cases: {len(cases)}, '
          f'unstable under strace: {len(unstable)}')
    print(f'syscalls with every case identical: {calls_same}/{len(per_call)}')
    print(f'{same}/{total} case lines identical to strace in both modes ({100.0 * same / max(total, 1):.1f}%)')
    if json_out:
        with open(json_out, 'w') as f:
            json.dump({'identical': same, 'compared': total, 'unstable': len(unstable), 'cases': result}, f,
                      indent=1)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
