#!/usr/bin/env python3
# tests/realworld/compare.py — the wide differential run: real commands under
# strace 6.1 (the oracle) and lzptrace in both modes, with several option sets.
#
# How it works. fixture.sh builds a template directory once (a file tree, a
# git repository, sources and programs, scripts). Every (command, option set)
# job copies it afresh to one fixed path and runs there, in order: the command
# untraced (twice: a command whose own output differs between two untraced
# runs is marked nondeterministic and its output is not compared), under
# strace, then under lzptrace --mode=hybrid and --mode=sud. For each traced run
# it checks
#   (a) transparency: the command's stdout, its stderr (sent to a file by the
#       traced shell itself, so the tracer's own stderr stays apart) and its
#       exit status equal the untraced run's;
#   (b) the trace: lzptrace's lines and strace's, normalised (pids, addresses,
#       inodes, times, random bytes: tests/format_coverage/compare.py's rules
#       and a few more), split into processes, each process's exec segments
#       stripped of the dynamic loader's calls (the execve up to its first
#       munmap: lzptrace's interposer is loaded there), unfinished/resumed
#       pairs joined, compared as multisets; -c tables compare as
#       {syscall: (calls, errors)};
#   (c) the tracer itself: with -o FILE its stderr is empty, and its exit
#       status equals strace's.
# When (b) finds differing lines, strace runs a second time: lines that differ
# between the two strace runs as well are scheduling races and are reported
# apart ("racy"), not as differences.
# Every command runs with -f; each also gets one more option set in rotation
# (--sets all: every set), and a few get -k.
# Usage: compare.py LZPTRACE [--sets all|f,c,...] [--modes hybrid,sud]
#                    [--only NAME,...] [--jobs N] [--json FILE] [-v]
import collections, concurrent.futures, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus import COMMANDS, STACK_COMMANDS  # noqa: E402
from normalise import normalised_trace, resumption_errors, summary_table  # noqa: E402

OPTION_SETS = {
    'f': ['-f'],
    'ff': ['-ff'],
    'c': ['-f', '-c'],
    'y': ['-f', '-y'],
    'T': ['-f', '-T', '-tt'],
    'file': ['-f', '-e', 'trace=%file'],
    'qq': ['-f', '-e', 'signal=none', '-qq'],
    'sx': ['-f', '-s', '200', '-x'],
    'k': ['-f', '-k'],
}
ROTATION = ['ff', 'c', 'y', 'T', 'file', 'qq', 'sx']
TIMEOUT = 180


def run(argv, cwd, errfile):
    """Runs argv in cwd; the traced shell sends the command's stderr to errfile."""
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        err = open(errfile, 'rb').read() if os.path.exists(errfile) else b''
        return {'status': p.returncode, 'out': p.stdout, 'err': err, 'tracer_err': p.stderr}
    except subprocess.TimeoutExpired:
        return {'status': 'timeout', 'out': b'', 'err': b'', 'tracer_err': b'timeout'}


def fresh(template, workdir):
    if os.path.exists(workdir):
        shutil.rmtree(workdir)
    shutil.copytree(template, workdir, symlinks=True)


def shell(script, errfile):
    return ['sh', '-c', f'exec 2>{errfile}; {script}']


def tracer_argv(tracer, mode, opts, outfile):
    if tracer == 'strace':
        return ['strace'] + opts + ['-o', outfile]
    extra = [] if 'trace=%file' in opts else ['-e', 'trace=!%vdso']  # strace cannot see the vDSO
    return [tracer, '--mode=' + mode] + extra + opts + ['-o', outfile]


def read_trace(outfile, opts):
    if '-ff' in opts:
        d, base = os.path.split(outfile)
        files = sorted(f for f in os.listdir(d) if f.startswith(base + '.'))
        texts = {f.rsplit('.', 1)[1]: open(os.path.join(d, f), errors='replace').read() for f in files}
        return {'files': len(files), 'texts': texts}
    text = open(outfile, errors='replace').read() if os.path.exists(outfile) else ''
    return {'files': 1, 'texts': {None: text}}


def digest(trace, opts):
    """Normalised form of one trace: a Counter of lines, or the -c table."""
    if '-c' in opts:
        return summary_table(trace['texts'][None])
    lines = collections.Counter()
    for pid, text in trace['texts'].items():
        lines.update(normalised_trace(text, pid))
    return lines


def shape(line):
    """A line with its numbers zeroed: a line differing between two strace
    runs makes every line of its shape racy (read sizes, fds, counts)."""
    return re.sub(r'[0-9]+', '0', line)


def difference(a, b):
    if isinstance(a, dict) and not isinstance(a, collections.Counter):
        keys = sorted(set(a) | set(b))
        return ([f'{k}: {a.get(k)}' for k in keys if a.get(k) != b.get(k)],
                [f'{k}: {b.get(k)}' for k in keys if a.get(k) != b.get(k)])
    return sorted((a - b).elements()), sorted((b - a).elements())


def traced_run(tracer, mode, opts, name, script, template, workdir, errfile):
    """errfile is one path for all runs of a job: the shell's open of it is in the trace."""
    fresh(template, workdir)
    outdir = tempfile.mkdtemp(prefix=f'rw-{name}-')
    outfile = os.path.join(outdir, 'trace')
    if os.path.exists(errfile):
        os.unlink(errfile)
    r = run(tracer_argv(tracer, mode, opts, outfile) + shell(script, errfile), workdir, errfile)
    r['trace'] = read_trace(outfile, opts)
    shutil.rmtree(outdir)
    return r


def job(lzp, name, script, set_name, modes, template, root):
    opts = OPTION_SETS[set_name]
    workdir = os.path.join(root, f'{name}.{set_name}')
    errfile = os.path.join(root, f'{name}.{set_name}.stderr')
    plain = []
    for _ in range(2):
        fresh(template, workdir)
        if os.path.exists(errfile):
            os.unlink(errfile)
        plain.append(run(shell(script, errfile), workdir, errfile))
    deterministic = plain[0]['out'] == plain[1]['out'] and plain[0]['err'] == plain[1]['err']
    st = traced_run('strace', None, opts, name, script, template, workdir, errfile)
    st_digest = digest(st['trace'], opts)
    result = {'name': name, 'set': set_name, 'script': script, 'deterministic': deterministic,
              'plain_status': plain[0]['status'], 'strace_status': st['status'], 'modes': {}}
    racy = None
    for mode in modes:
        ours = traced_run(lzp, mode, opts, name, script, template, workdir, errfile)
        problems = []
        if ours['status'] != plain[0]['status']:
            problems.append(f"transparency: exit status {ours['status']} untraced {plain[0]['status']}")
        if deterministic and ours['out'] != plain[0]['out']:
            problems.append('transparency: stdout differs: ' + repr(ours['out'][:300]) + ' untraced ' +
                            repr(plain[0]['out'][:300]))
        if deterministic and ours['err'] != plain[0]['err']:
            problems.append('transparency: stderr differs: ' + repr(ours['err'][:300]) + ' untraced ' +
                            repr(plain[0]['err'][:300]))
        if ours['tracer_err']:
            problems.append('tracer stderr not empty: ' + repr(ours['tracer_err'][:300]))
        if ours['status'] != st['status']:
            problems.append(f"exit status {ours['status']} strace's {st['status']}")
        if '-c' not in opts:
            for pid, text in ours['trace']['texts'].items():
                problems += ['-f bookkeeping: ' + e for e in resumption_errors(text, pid)][:5]
        if ours['trace']['files'] != st['trace']['files']:
            problems.append(f"-ff files {ours['trace']['files']} strace's {st['trace']['files']}")
        only_strace, only_ours = difference(st_digest, digest(ours['trace'], opts))
        if (only_strace or only_ours) and racy is None:
            again = traced_run('strace', None, opts, name, script, template, workdir, errfile)
            a, b = difference(st_digest, digest(again['trace'], opts))
            racy = {shape(l) for l in a + b}
        racy = racy or set()
        result['modes'][mode] = {
            'problems': problems,
            'only_strace': [l for l in only_strace if shape(l) not in racy],
            'only_ours': [l for l in only_ours if shape(l) not in racy],
            'racy': len([l for l in only_strace + only_ours if shape(l) in racy]),
        }
    shutil.rmtree(workdir, ignore_errors=True)
    return result


def plan(sets, only):
    jobs = []
    for i, (name, script) in enumerate(COMMANDS):
        if only and name not in only:
            continue
        chosen = ['f'] + ([ROTATION[i % len(ROTATION)]] if sets == 'rotate' else [])
        if sets == 'all':
            chosen = [s for s in OPTION_SETS if s != 'k']
        elif sets not in ('rotate',):
            chosen = sets.split(',')
        if name in STACK_COMMANDS and sets in ('rotate', 'all'):
            chosen.append('k')
        jobs += [(name, script, s) for s in chosen]
    return jobs


def report(r, verbose):
    ok = all(not m['problems'] and not m['only_strace'] and not m['only_ours'] for m in r['modes'].values())
    racy = sum(m['racy'] for m in r['modes'].values())
    print(f"{r['name'] + ' ' + r['set']:28} {'identical' if ok else 'DIFFERENT'}"
          f"{'' if r['deterministic'] else ' (output nondeterministic)'}{f' ({racy} racy lines)' if racy else ''}",
          flush=True)
    if ok or not verbose:
        return ok
    for mode, m in r['modes'].items():
        for p in m['problems']:
            print(f'    [{mode}] {p}')
        for l in m['only_strace'][:15]:
            print(f'    [{mode}] strace only: {l[:240]}')
        for l in m['only_ours'][:15]:
            print(f'    [{mode}] lzptrace only: {l[:240]}')
    return ok


def main():
    args = sys.argv[1:]
    lzp = os.path.abspath(args.pop(0))

    def option(flag, default):
        if flag in args:
            i = args.index(flag)
            value = args[i + 1]
            del args[i:i + 2]
            return value
        return default
    sets = option('--sets', 'rotate')
    modes = option('--modes', 'hybrid,sud').split(',')
    only = set(filter(None, option('--only', '').split(',')))
    jobs_n = int(option('--jobs', '2'))
    json_file = option('--json', None)
    verbose = '-v' in args
    root = tempfile.mkdtemp(prefix='lzp-realworld-')
    private = os.path.join(root, 'lzptrace')  # a rebuild of the original must not pull it away mid-run
    shutil.copy2(lzp, private)
    lzp = private
    template = os.path.join(root, 'template')
    subprocess.run(['sh', os.path.join(HERE, 'fixture.sh'), template], check=True,
                   stdout=subprocess.DEVNULL)
    jobs = plan(sets, only)
    results, same = [], 0
    with concurrent.futures.ThreadPoolExecutor(jobs_n) as pool:
        futures = [pool.submit(job, lzp, n, s, o, modes, template, root) for n, s, o in jobs]
        for f in futures:
            r = f.result()
            results.append(r)
            same += report(r, verbose)
            if json_file:  # as it goes: an interrupted run keeps what it did
                json.dump(results, open(json_file, 'w'), indent=1, default=str)
    print(f'{same}/{len(results)} (command, option set) runs identical to strace and transparent in '
          f'{"+".join(modes)}; {len({r["name"] for r in results})} commands')
    if json_file:
        json.dump(results, open(json_file, 'w'), indent=1, default=str)
    shutil.rmtree(root, ignore_errors=True)


main()
