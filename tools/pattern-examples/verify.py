#!/usr/bin/env python3
"""Checks hand-written example options (TSV: pattern id, options separated by ' || ') with ./entente and keeps, for each
pattern, the first option its own pattern codes with its own CAMEO code; guards (frame '-', id 'pattern:guard-') are
checked with `entente explain`: the guard must be among the patterns matched and the sentence must give no event from it.

Usage: python3 tools/pattern-examples/verify.py HAND.tsv OUT.jsonl
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import draft  # noqa: E402


def main():
    hand, out_path = sys.argv[1], sys.argv[2]
    patterns = {p.id: p for p in draft.read_patterns()}
    options = []
    with open(hand, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            pid, texts = line.rstrip('\n').split('\t', 1)
            options.append((pid, [t.strip() for t in texts.split(' || ')]))
    work = tempfile.mkdtemp(prefix='verify-')
    path = os.path.join(work, 'hand.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for pid, texts in options:
            for k, t in enumerate(texts):
                f.write(json.dumps({'id': f'{pid}#{k}', 'date': draft.DATE, 'text': t}) + '\n')
    events = draft.code_file(path, os.path.join(work, 'hand.events.jsonl'))
    kept, failed = [], []
    for pid, texts in options:
        p = patterns.get(pid)
        if p is None:
            failed.append((pid, 'no such pattern', ''))
            continue
        tried = []
        for k, t in enumerate(texts):
            if is_guard(p):
                ok, got = guard_holds(p, t)
            else:
                evs = events.get(f'{pid}#{k}', [])
                ok = any(e['rule'].startswith(pid + '/') and e['cameo'] == p.code for e in evs)
                got = '; '.join(f"{e['source']['code']}->{(e.get('target') or {}).get('code', '---')} {e['cameo']} {e['rule']}" for e in evs)
            tried.append(f'    {t!r} -> [{got}]')
            if ok:
                kept.append({'id': pid, 'file': p.file, 'line': p.line_no, 'code': p.code, 'example': t, 'candidate': k})
                break
        else:
            failed.append((pid, '\n' + '\n'.join(tried), ''))
    with open(out_path, 'w', encoding='utf-8') as f:
        for k in kept:
            f.write(json.dumps(k) + '\n')
    for pid, t, got in failed:
        print(f'FAIL {pid}: {t}')
    print(f'kept {len(kept)} of {len(options)}', file=sys.stderr)


def is_guard(p):
    return p.id.startswith('pattern:guard-') and p.frame.strip() == '-'


def guard_holds(p, text):
    out = subprocess.run([os.path.join(draft.ROOT, 'entente'), 'explain', text, '--date', draft.DATE],
                         capture_output=True, text=True, cwd=draft.ROOT).stdout
    matched = f'    {p.id} ' in out
    fired = f'rule {p.id}/' in out
    return matched and not fired, out.split('patterns matched:')[-1][:300].replace('\n', ' ')


if __name__ == '__main__':
    main()
