"""Shared pieces of Coroscope's benchmark commands (bench/run, bench/record).

Runs a command as a child process, measuring its whole-process wall time (interpreter or JVM start
included) and its CPU time and peak memory from the kernel's accounting of that one child.
"""
import os
import shlex
import signal
import statistics
import subprocess
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_JAR = os.path.join('engine', 'target', 'coroscope-engine.jar')
BUILD_HINT = 'build it first: mvn -q -B -pl engine -am package -DskipTests'


class Run:
    """One finished (or killed) child process."""

    def __init__(self, status, stdout, stderr, wall, cpu, max_rss_kb, timed_out):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.cpu = cpu
        self.max_rss_kb = max_rss_kb
        self.timed_out = timed_out


def run_timed(cmd, cwd, timeout):
    """Runs cmd (a list) in cwd with stdin closed; kills its whole process group after timeout s.

    Output goes to temporary files, not pipes, so a chatty child never blocks on a full pipe while
    we wait for it. os.wait4 gives the CPU time and peak RSS of exactly this child.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read().decode('utf-8', 'replace'),
                   err.read().decode('utf-8', 'replace'), wall, usage.ru_utime + usage.ru_stime,
                   usage.ru_maxrss, bool(killed))


def engine_command(text):
    """Splits an --engine value; a `java -jar X` jar path is made absolute (runs use other cwds).

    Returns (argv, problem) where problem is a message when the engine jar does not exist.
    """
    argv = shlex.split(text)
    if len(argv) > 2 and argv[0] == 'java':
        for i in range(1, len(argv) - 1):
            if argv[i] == '-jar':
                jar = argv[i + 1]
                if not os.path.isabs(jar):
                    jar = os.path.join(REPO_ROOT, jar)
                argv[i + 1] = jar
                if not os.path.exists(jar):
                    return argv, 'engine jar not found: %s\n%s' % (jar, BUILD_HINT)
                break
    return argv, None


def summarize(values, how):
    if not values:
        return None
    if how == 'best':
        return min(values)
    if how == 'mean':
        return statistics.mean(values)
    return statistics.median(values)


def machine_note():
    cores = os.cpu_count() or 1
    load = os.getloadavg()[0]
    return '%d cores, load average %.2f at start%s' % (
        cores, load, ' (shared machine: expect noise of 10-30%)' if load > 0.5 else '')


def first_difference(want, got, limit=3):
    """A short human-readable description of where two outputs part ways."""
    a, b = want.splitlines(), got.splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else '<no line>'
        y = b[i] if i < len(b) else '<no line>'
        if x != y:
            return 'line %d: expected %r, got %r' % (i + 1, x[:120], y[:120])
    if want != got:
        return 'outputs differ in trailing newline or whitespace'
    return ''


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1][:160] if lines else ''


