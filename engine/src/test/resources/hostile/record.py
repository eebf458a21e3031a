#!/usr/bin/env python3
"""Record CPython's behaviour on the hostile corpus, and check the hand-written .expect files.

For each NAME.py that has no NAME.expect, runs `python3 NAME.py` (cwd = this folder, stdin closed,
a 4 GB address-space limit, 60 s timeout) three times; when all runs agree it writes
  NAME.out   stdout (always, possibly empty)
  NAME.err   stderr with this folder's path removed and the stdlib path shown as <stdlib>/ (if any)
  NAME.exit  exit status (if non-zero)
and removes stale ones. Every NAME.expect is parsed and validated (see README.md for the format);
a NAME.expect with `cpython-too: yes` is also checked against a real CPython run.

usage: record.py [--check] [NAME ...]
  --check  record into memory only and report files that differ from what is committed
Exit status 1 when a program is unstable, an .expect file is invalid, or (--check) files differ.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 3
TIMEOUT = 60
ADDRESS_SPACE = 4 * 1024 ** 3

EXPECT_KEYS = {
    # key: (required, repeatable)
    'why': (True, False), 'exit': (True, False), 'error': (False, False),
    'stdout': (False, False), 'stdout-starts-with': (False, False), 'stdout-ends-with': (False, False),
    'stdout-contains': (False, True), 'stdout-not-contains': (False, True),
    'stderr-contains': (False, True), 'stderr-not-contains': (False, True),
    'stdout-bytes': (False, False), 'must-not-create': (False, True), 'max-seconds': (False, False),
    'cpython-too': (False, False),
}
ERROR_NAME = re.compile(r'^(<budget>|[A-Za-z_][A-Za-z0-9_]*)$')
ADDRESS = re.compile(r'0x[0-9a-fA-F]+')
EXCEPTION_LINE = re.compile(r'^([A-Za-z_][\w.]*)(: .*)?$')


def unescape(value):
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == '\\' and i + 1 < len(value):
            nxt = value[i + 1]
            mapped = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\'}.get(nxt)
            if mapped is None:
                raise ValueError('unknown escape \\%s' % nxt)
            out.append(mapped)
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def parse_expect(text):
    """Returns {key: [values]} with escapes resolved; raises ValueError on any format problem."""
    found = {}
    for number, line in enumerate(text.split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        key, sep, value = line.partition(':')
        if not sep or key not in EXPECT_KEYS:
            raise ValueError('line %d: unknown key %r' % (number, key))
        if value.startswith(' '):
            value = value[1:]
        if key in found and not EXPECT_KEYS[key][1]:
            raise ValueError('line %d: %s given twice' % (number, key))
        found.setdefault(key, []).append(unescape(value))
    for key, (required, _) in EXPECT_KEYS.items():
        if required and key not in found:
            raise ValueError('missing %s' % key)
    exit_value = found['exit'][0]
    if exit_value not in ('any', 'nonzero'):
        for part in exit_value.split('|'):
            if not part.strip().isdigit():
                raise ValueError('exit must be N, N | N, nonzero or any: %r' % exit_value)
    if 'error' in found and found['error'][0] != 'any':
        for part in found['error'][0].split('|'):
            if not ERROR_NAME.match(part.strip()):
                raise ValueError('bad error type %r' % part)
    for key in ('stdout-bytes', 'max-seconds'):
        if key in found and not found[key][0].isdigit():
            raise ValueError('%s must be a whole number' % key)
    for path in found.get('must-not-create', []):
        if not path.startswith('/tmp/coroscope-hostile-'):
            raise ValueError('must-not-create paths start with /tmp/coroscope-hostile-')
    if found.get('cpython-too', ['yes'])[0] != 'yes':
        raise ValueError('cpython-too can only be yes')
    return found


def check_expect(exp, status, stdout, stderr, budget=None):
    """Problems (strings) with one run against parsed expectations.

    budget: a compiled regex recognising the engine's step-budget message on the last line of
    stderr (how a command-line runner sees `<budget>`); None for CPython, which has no budget.
    """
    problems = []
    want = exp['exit'][0]
    if want == 'nonzero':
        ok = status != 0
    elif want == 'any':
        ok = True
    else:
        ok = status in [int(p) for p in want.split('|')]
    if not ok:
        problems.append('exit %d, expected %s' % (status, want))
    if 'error' in exp:
        lines = [line for line in stderr.splitlines() if line.strip()]
        last = lines[-1] if lines else ''
        m = EXCEPTION_LINE.match(last)
        names = [p.strip() for p in exp['error'][0].split('|')]
        if '<budget>' in names and budget is not None and budget.search(last):
            ok = True
        elif names == ['any']:
            ok = m is not None
        else:
            ok = m is not None and m.group(1) in names
        if not ok:
            problems.append('stderr ends with %r, expected error %s' % (last[:120], exp['error'][0]))
    if 'stdout' in exp and stdout != exp['stdout'][0]:
        problems.append('stdout differs')
    if 'stdout-starts-with' in exp and not stdout.startswith(exp['stdout-starts-with'][0]):
        problems.append('stdout does not start as expected')
    if 'stdout-ends-with' in exp and not stdout.endswith(exp['stdout-ends-with'][0]):
        problems.append('stdout does not end as expected')
    if 'stdout-bytes' in exp and len(stdout.encode('utf-8')) != int(exp['stdout-bytes'][0]):
        problems.append('stdout has %d bytes' % len(stdout.encode('utf-8')))
    for text in exp.get('stdout-contains', []):
        if text not in stdout:
            problems.append('stdout lacks %r' % text)
    for text in exp.get('stdout-not-contains', []):
        if text in stdout:
            problems.append('stdout contains %r' % text)
    for text in exp.get('stderr-contains', []):
        if text not in stderr:
            problems.append('stderr lacks %r' % text)
    for text in exp.get('stderr-not-contains', []):
        if text in stderr:
            problems.append('stderr contains %r' % text)
    return problems


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cpython(name):
    env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    for key in ('PYTHONWARNINGS', 'PYTHONHASHSEED', 'PYTHONPATH', 'PYTHONSTARTUP'):
        env.pop(key, None)
    proc = subprocess.run([sys.executable, name], cwd=HERE, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=TIMEOUT, preexec_fn=limit_memory, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def normalize(stderr):
    text = stderr.decode('utf-8', 'replace')
    text = text.replace(HERE + '/', '')
    stdlib = sysconfig.get_paths()['stdlib']
    return text.replace(stdlib + '/', '<stdlib>/')


def record(name):
    """Returns ({suffix: bytes or None}, problem) for one program."""
    results = []
    for _ in range(RUNS):
        try:
            status, out, err = run_cpython(name + '.py')
        except subprocess.TimeoutExpired:
            return None, 'timed out after %ds' % TIMEOUT
        results.append((status, out, normalize(err)))
    # Memory addresses in reprs change from run to run; the first run's text is kept as it is
    # (comparisons mask addresses, as the conformance tool does).
    masked = [(s, ADDRESS.sub('0x?', o.decode('utf-8', 'replace')), ADDRESS.sub('0x?', e)) for s, o, e in results]
    if any(m != masked[0] for m in masked[1:]):
        return None, 'unstable: runs differ'
    status, out, err = results[0]
    return {'.out': out, '.err': err.encode('utf-8') if err else None,
            '.exit': ('%d\n' % status).encode() if status else None}, None


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, 'rb') as f:
        return f.read()


def same(a, b):
    """Equal file contents, ignoring memory addresses (so re-recording causes no churn)."""
    if a is None or b is None:
        return a is b
    return ADDRESS.sub('0x?', a.decode('utf-8', 'replace')) == ADDRESS.sub('0x?', b.decode('utf-8', 'replace'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('names', nargs='*')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith('.py') and f not in ('record.py', 'generate.py'))
    if args.names:
        names = [n for n in names if n in args.names or n + '.py' in args.names]
    recorded = expected = 0
    bad = []
    for name in names:
        expect_path = os.path.join(HERE, name + '.expect')
        if os.path.exists(expect_path):
            expected += 1
            try:
                with open(expect_path, encoding='utf-8') as f:
                    exp = parse_expect(f.read())
            except ValueError as e:
                bad.append('%s.expect: %s' % (name, e))
                continue
            for suffix in ('.out', '.err', '.exit'):
                if os.path.exists(os.path.join(HERE, name + suffix)):
                    if args.check:
                        bad.append('%s%s: stale file next to an .expect' % (name, suffix))
                    else:
                        os.remove(os.path.join(HERE, name + suffix))
            if 'cpython-too' in exp:
                status, out, err = run_cpython(name + '.py')
                problems = check_expect(exp, status, out.decode('utf-8', 'replace'), normalize(err))
                if problems:
                    bad.append('%s.expect does not hold for CPython: %s' % (name, '; '.join(problems)))
            continue
        files, problem = record(name)
        if problem:
            bad.append('%s: %s' % (name, problem))
            continue
        recorded += 1
        for suffix, data in files.items():
            path = os.path.join(HERE, name + suffix)
            if same(read(path), data):
                continue
            if args.check:
                bad.append('%s%s: differs from a fresh CPython run' % (name, suffix))
            elif data is None:
                os.remove(path)
            else:
                with open(path, 'wb') as f:
                    f.write(data)
    for line in bad:
        print(line)
    print('%s %d programs from CPython, %d .expect files valid, %d problems' % (
        'checked' if args.check else 'recorded', recorded, expected - sum(1 for b in bad if '.expect' in b),
        len(bad)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
