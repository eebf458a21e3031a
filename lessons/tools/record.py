#!/usr/bin/env python3
"""Record (or check) each lesson's expected.out / expected.err by running `python3 example.py`.

usage: record.py [--check] [LESSON_DIR...]     (default: every lesson, in order)

Each example runs RUNS times in its own folder; a recording is kept only if every run printed the
same stdout and stderr and exited with status 0 (lessons never end in an uncaught exception).
stderr is normalised (the lesson's folder removed, CPython's library shown as <stdlib>/) and written
to expected.err only when it is not empty; a stale expected.err is removed.
--check writes nothing and exits 1 if any recording differs from the files.
"""
import concurrent.futures
import os
import subprocess
import sys

sys.dont_write_bytecode = True   # keep tools/ free of __pycache__
import common  # noqa: E402

RUNS = 3
TIMEOUT = 60


def run_once(folder):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONIOENCODING'] = 'utf-8'
    run = subprocess.run([sys.executable, 'example.py'], cwd=folder, env=env, capture_output=True,
                         stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    return (run.returncode, run.stdout.decode('utf-8'),
            common.normalize_stderr(run.stderr.decode('utf-8'), folder))


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def examine(folder, check):
    """Runs one lesson RUNS times; returns a problem or None, recording unless check is set."""
    runs = [run_once(folder) for _ in range(RUNS)]
    status, out, err = runs[0]
    if any(r != runs[0] for r in runs[1:]):
        return 'runs disagree (the example is not deterministic)'
    if status != 0:
        return 'exit status %d:\n%s' % (status, err)
    if not out:
        return 'prints nothing on stdout'
    err_path = os.path.join(folder, 'expected.err')
    if check:
        if read(os.path.join(folder, 'expected.out')) != out:
            return 'stdout differs from expected.out'
        if read(err_path) != (err or None):
            return 'stderr differs from expected.err'
        return None
    write(os.path.join(folder, 'expected.out'), out)
    if err:
        write(err_path, err)
    elif os.path.exists(err_path):
        os.remove(err_path)
    return None


def main(argv):
    check = '--check' in argv
    folders = common.lesson_dirs([a for a in argv if a != '--check'])
    # Examples mostly sleep in real time, so several can run at once without disturbing each other.
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        problems = list(pool.map(lambda f: examine(f, check), folders))
    for folder, problem in zip(folders, problems):
        name = os.path.basename(folder)
        print('FAIL %s: %s' % (name, problem) if problem else 'ok   %s' % name)
    failures = sum(1 for p in problems if p)
    print('%d lessons, %d failed' % (len(folders), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    common.require_python_311()
    sys.exit(main(sys.argv[1:]))
