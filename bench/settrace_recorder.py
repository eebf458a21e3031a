#!/usr/bin/env python3
"""Record a program's run with sys.settrace, the way browser-based Python visualizers do.

For every `line` event in a frame of the program's own file, this stores the position (code name,
line number) and a repr of every local of that frame, all kept in memory until the end. This is the
baseline Coroscope's engine recorder is compared with (issue 5): same program, whole process timed
from outside by bench/record.

usage: settrace_recorder.py [--json FILE] [--tracemalloc] SCRIPT.py

The program's stdout and stderr are left as they are. At the end one summary line goes to stderr:
line events, recording time, peak RSS of the process and how much the recording added to it.
--json FILE writes the same figures as one JSON object. --tracemalloc also measures the bytes the
recording retains exactly (tracemalloc makes the run several times slower; do not time it).
"""
import argparse
import json
import os
import resource
import sys
import time


def peak_rss_bytes():
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss_bytes():
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')
    except OSError:
        return peak_rss_bytes()


class Recorder:
    """Keeps (code name, line, {local name: repr}) for each line event of the traced file."""

    def __init__(self, filename):
        self.filename = filename
        self.steps = []

    def global_trace(self, frame, event, arg):
        # Called on each new frame (and each resumption of a coroutine): trace only the program's
        # own code, as a visualizer does; library frames run untraced.
        if frame.f_code.co_filename == self.filename:
            return self.local_trace
        return None

    def local_trace(self, frame, event, arg):
        if event == 'line':
            code = frame.f_code
            self.steps.append((code.co_name, frame.f_lineno,
                               {name: repr(value) for name, value in frame.f_locals.items()}))
        return self.local_trace


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('script')
    ap.add_argument('--json', metavar='FILE', help='write the figures as JSON to FILE')
    ap.add_argument('--tracemalloc', action='store_true',
                    help='measure retained bytes exactly (slow: do not time this run)')
    args = ap.parse_args()

    path = args.script
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    glb = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}

    if args.tracemalloc:
        import tracemalloc
        tracemalloc.start()
    rss_before = current_rss_bytes()
    traced_before = tracemalloc.get_traced_memory()[0] if args.tracemalloc else 0
    recorder = Recorder(code.co_filename)
    start = time.perf_counter()
    status = 0
    sys.settrace(recorder.global_trace)
    try:
        exec(code, glb)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        sys.settrace(None)
        import traceback
        traceback.print_exc()
        status = 1
    finally:
        sys.settrace(None)
    elapsed = time.perf_counter() - start
    sys.stdout.flush()

    figures = {
        'steps': len(recorder.steps),
        'record_s': round(elapsed, 4),
        'peak_rss_bytes': peak_rss_bytes(),
        'rss_before_bytes': rss_before,
        'rss_growth_bytes': peak_rss_bytes() - rss_before,
    }
    if args.tracemalloc:
        current, peak = tracemalloc.get_traced_memory()
        figures['retained_bytes'] = current - traced_before
        figures['traced_peak_bytes'] = peak
        figures['bytes_per_step'] = round(figures['retained_bytes'] / max(1, len(recorder.steps)), 1)
    mb = 1024 * 1024
    line = 'settrace recorder: %d line events in %.2f s; peak RSS %.0f MB (%.0f MB over start)' % (
        figures['steps'], elapsed, figures['peak_rss_bytes'] / mb, figures['rss_growth_bytes'] / mb)
    if args.tracemalloc:
        line += '; retained %.0f MB (%.0f bytes/event, tracemalloc)' % (
            figures['retained_bytes'] / mb, figures['bytes_per_step'])
    print(line, file=sys.stderr)
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump(figures, f)
            f.write('\n')
    # Exit without tearing down the recording object by object: CPython would spend seconds freeing
    # millions of small objects, which is not part of recording. Streams are flushed first.
    sys.stderr.flush()
    os._exit(status)


if __name__ == '__main__':
    main()
