# the traceback module: limit/chain/file arguments, the pieces format_* return, stacks
import traceback, sys, io
HERE = __file__.rpartition("/")[0] + "/" if "/" in __file__ else "\0"
class Out:
    """stdout with this file's folder removed (the recordings show bare file names)"""
    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))
out = Out()
def show(x):
    print(repr(x).replace(HERE, ""))
def a(n):
    if n == 0:
        raise ValueError("deep")
    a(n - 1)
try:
    try:
        a(2)
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    exc = e
for lim in (None, 1, 2, -1, 0):
    print("limit", lim)
    traceback.print_exception(exc, limit=lim, file=out)
show(traceback.format_exception(exc, chain=False))
show(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=1))
show(traceback.format_exception_only(exc))
show(traceback.format_exception_only(type(exc), exc))
e2 = ValueError("n"); e2.add_note("note1"); e2.add_note("note2")
show(traceback.format_exception_only(e2))
show(traceback.format_tb(exc.__context__.__traceback__))
show(traceback.format_tb(exc.__context__.__traceback__, limit=-1))
traceback.print_tb(exc.__traceback__, file=out)
buf = io.StringIO()
try:
    {}["x"]
except KeyError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=0, file=out)
    s = traceback.format_exc(chain=False)
print(buf.getvalue() == s, len(s.splitlines()))
def outer():
    inner()
def inner():
    traceback.print_stack(file=out)
    show(traceback.format_stack(limit=1))
outer()
show(traceback.format_exc())
