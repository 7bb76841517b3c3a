# tests/realworld/normalise.py — turns one trace (strace's or lzptrace's) into
# the lines compare.py counts, free of what truly varies run to run.
#
# How it works. Each line is split into its pid (the "PID  " prefix of -f, the
# -ff file's pid, or "main") and its text; -tt's time of day and -T's
# "<seconds>" go. An "<unfinished ...>" line is held per pid and joined with
# its "<... NAME resumed>" line, so both tracers' lines read whole whatever
# the interleaving. Each process's lines are cut into exec segments: from a
# successful execve up to and including its first munmap are the dynamic
# loader's calls (lzptrace's interposer is loaded among them, so they differ
# by design) and are left out; a segment with no munmap (a static program)
# is kept whole. What remains goes through tests/format_coverage/compare.py's
# rules (addresses, pids, inodes, random bytes, times) and the EXTRA rules
# below, and the column padding before " = " is made one space.
import os, re

_here = os.path.dirname(os.path.abspath(__file__))
_rules_source = open(os.path.join(_here, '..', 'format_coverage', 'compare.py')).read().split('def main')[0]
_rules = {}
exec(_rules_source, _rules)
_format_coverage_normalise = _rules['normalise']

EXTRA = [
    (r'tv_sec=[0-9]+, tv_nsec=[0-9]+', 'TS'),
    (r'tv_sec=[0-9]+, tv_usec=[0-9]+', 'TV'),
    (r'st_(size|blocks|nlink|dev|rdev)=[^,}]+', r'st_\1=X'),
    (r'st_[amc]time=[^,}]+', 'T'),
    (r'st_[amc]time_nsec=[0-9]+', 'T'),
    (r'si_[us]time=[0-9]+( /\* [^*]+ \*/)?', 'si_time=X'),
    (r'/proc/[0-9]+/', '/proc/PID/'),
    (r'^sysinfo\(\{.*\}\)', 'sysinfo(INFO)'),
    (r'^times\(\{.*\}\) += -?[0-9]+', 'times(TIMES) = X'),
    (r'^getrusage\((RUSAGE_\w+), \{.*\}\)', r'getrusage(\1, USAGE)'),
    (r'f_(bfree|bavail|ffree|files)=[0-9]+', r'f_\1=X'),
    (r'st_ino=[0-9]+', 'st_ino=X'),
    (r'parent_tid=\[[0-9]+\]', 'parent_tid=[PID]'),                 # clone3's tid written back
    (r'/tmp/(cc|sort|tmp)[A-Za-z0-9_]{6}', r'/tmp/\1XXXXXX'),      # mkstemp names (gcc, sort)
    (r'/dev/shm/sem\.[A-Za-z0-9_-]+', '/dev/shm/sem.NAME'),        # multiprocessing's semaphores
]

_prefix = re.compile(r'^([0-9]+) +')
_time_of_day = re.compile(r'^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]+ ')
_duration = re.compile(r' <[0-9]+\.[0-9]+>$')
_resumed = re.compile(r'^<\.\.\. ([\w]+) resumed>(.*)$')
_unfinished = ' <unfinished ...>'


def _normalise_text(text):
    text = _format_coverage_normalise(text)
    for pattern, replacement in EXTRA:
        text = re.sub(pattern, replacement, text)
    return re.sub(r'\) +(= )', r') \1', text)


def _with_stacks(text):
    """Lines, each -k stack (" > frame" lines) joined to the call line before it."""
    lines = []
    for raw in text.splitlines():
        if raw.startswith(' > ') and lines:
            lines[-1] += ' \\' + raw
        else:
            lines.append(raw)
    return lines


def _whole_lines(text, default_pid):
    """(pid, text) per call, unfinished and resumed halves joined."""
    pending = {}
    for raw in _with_stacks(text):
        m = _prefix.match(raw)
        pid = m.group(1) if m else default_pid
        body = raw[m.end():] if m else raw
        body = _duration.sub('', _time_of_day.sub('', body))
        if _unfinished in body:  # with -k, the stack follows
            pending[pid] = body[:body.index(_unfinished)].rstrip()
            continue
        r = _resumed.match(body)
        if r:
            head = pending.pop(pid, r.group(1) + '(')
            rest = r.group(2)
            body = head + ' ' + rest.lstrip() if head.endswith(',') and rest.strip() else head + rest
        yield pid, body
    for pid, head in pending.items():  # calls that never returned (killed, detached)
        yield pid, head + _unfinished


def normalised_trace(text, file_pid=None):
    segments = {}  # pid -> lines of the open exec segment
    loader = {}    # pid -> True while inside the loader part of the segment
    out = []
    for pid, body in _whole_lines(text, file_pid or 'main'):
        if re.match(r'^execve(at)?\(.*\) += 0$', body.split(' \\ > ')[0]):  # (-k: its stack follows)
            out += segments.pop(pid, [])
            out.append(body)
            loader[pid] = True
            segments[pid] = []
            continue
        if loader.get(pid):
            segments[pid].append(body)
            if body.startswith('munmap('):
                segments[pid] = []
                loader[pid] = False
            continue
        out.append(body)
    for lines in segments.values():
        out += lines
    return [_normalise_text(l) for l in out]


def resumption_errors(text, file_pid=None):
    """lzptrace's own lines checked for the -f bookkeeping strace keeps: each
    "<... NAME resumed>" follows that task's "NAME(... <unfinished ...>", and
    a task with a call unfinished prints no other call before resuming it."""
    errors, pending = [], {}
    for raw in _with_stacks(text):
        m = _prefix.match(raw)
        pid = m.group(1) if m else (file_pid or 'main')
        body = _time_of_day.sub('', raw[m.end():] if m else raw)
        r = _resumed.match(body)
        if r:
            if pending.pop(pid, None) != r.group(1):
                errors.append('resumed with no unfinished call: ' + body[:120])
        elif _unfinished in body:
            if pid in pending:
                errors.append(f'a second unfinished call while {pending[pid]} is: ' + body[:120])
            pending[pid] = body.split('(', 1)[0]
        elif pid in pending and not body.startswith(('---', '+++')):
            errors.append(f'a call while {pending[pid]} is unfinished: ' + body[:120])
    return errors


def summary_table(text):
    """-c's table as {syscall: (calls, errors)}; times vary and are left out."""
    table = {}
    for line in text.splitlines():
        f = line.split()
        if len(f) in (5, 6) and f[0][0].isdigit() and f[-1] != 'total':
            calls = f[3]
            errors = f[4] if len(f) == 6 else '0'
            table[f[-1]] = (calls, errors)
    return table
