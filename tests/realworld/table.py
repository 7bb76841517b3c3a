#!/usr/bin/env python3
# tests/realworld/table.py RESULTS.json — compare.py's --json results as the
# markdown table docs/realworld.md shows: one row per (command, option set),
# per mode the number of lines only strace printed / only lzptrace printed
# (after normalising, races excluded), the racy lines, and any transparency,
# stderr or exit-status problem.
import json, sys

rows = json.load(open(sys.argv[1]))
print('| command | set | hybrid (strace-only/lzptrace-only) | sud (strace-only/lzptrace-only) | racy | problems |')
print('| --- | --- | --- | --- | --- | --- |')
clean = 0
for r in rows:
    cells, problems, racy = [], [], 0
    for mode in ('hybrid', 'sud'):
        m = r['modes'].get(mode)
        if m is None:
            cells.append('-')
            continue
        racy += m['racy']
        cells.append('same' if not m['only_strace'] and not m['only_ours'] else f"{len(m['only_strace'])}/{len(m['only_ours'])}")
        problems += [f'{mode}: ' + p.split(':')[0] + (': ' + p.split(':')[1][:60] if ':' in p else '') for p in m['problems']]
    same = all(c == 'same' for c in cells) and not problems
    clean += same
    note = '' if r['deterministic'] else ' (output varies untraced)'
    print(f"| {r['name']}{note} | {r['set']} | {cells[0]} | {cells[1]} | {racy} | {'; '.join(problems)} |")
print(f'\n{clean}/{len(rows)} runs identical (after normalisation, races excluded) and transparent in both modes.')
