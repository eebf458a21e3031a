#!/usr/bin/env python3
"""Records the golden traces: runs each NAME.py here under sys.settrace with CPython and writes
NAME.trace (one line per settrace event in the program's own frames: `call QUALNAME`,
`line QUALNAME LINE`, `return QUALNAME`, `exception QUALNAME TYPE`) and NAME.out (its stdout).
The engine's recording, projected the same way, must match. Usage: ./record.py [NAME.py ...]

One CPython detail is left out: under a tracer, CPython 3.11 reports a StopIteration `exception`
event in the awaiting frame whenever an awaited coroutine or a `yield from` source finishes (the
SEND instruction's traced slow path raises it internally). The program never sees that
exception, so these events (StopIteration while the frame is at a SEND) are not recorded.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TRACER = r'''
import dis
import sys
SEND = dis.opmap["SEND"]
path = sys.argv[1]
out = open(sys.argv[2], "w")
def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != path:
        return tracer
    if event == "line":
        out.write("line %s %d\n" % (code.co_qualname, frame.f_lineno))
    elif event == "exception":
        if arg[0] is StopIteration and code.co_code[frame.f_lasti] == SEND:
            return tracer
        out.write("exception %s %s\n" % (code.co_qualname, arg[0].__name__))
    elif event in ("call", "return"):
        out.write("%s %s\n" % (event, code.co_qualname))
    return tracer
source = open(path).read()
glb = {"__name__": "__main__", "__file__": path}
sys.settrace(tracer)
try:
    exec(compile(source, path, "exec"), glb)
finally:
    sys.settrace(None)
    out.close()
'''


def record(py):
    name = os.path.splitext(py)[0]
    path = os.path.join(HERE, py)
    tmp = os.path.join(HERE, name + ".trace.tmp")
    run = subprocess.run([sys.executable, "-c", TRACER, path, tmp], capture_output=True, text=True, cwd=HERE)
    if run.returncode != 0:
        sys.exit("%s failed under CPython:\n%s" % (py, run.stderr))
    os.replace(tmp, os.path.join(HERE, name + ".trace"))
    with open(os.path.join(HERE, name + ".out"), "w") as f:
        f.write(run.stdout)
    print("recorded", py)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11")
    names = sys.argv[1:] or sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.py"))
                                   if not p.endswith("record.py"))
    for py in names:
        record(py)


if __name__ == "__main__":
    main()
