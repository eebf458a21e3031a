import sys
import traceback
def f(n):
    return 1 / n
try:
    f(0)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te).__name__)
    print(te.exc_type.__name__)
    print("".join(te.format()), end="", file=sys.stderr)
    print("".join(te.format_exception_only()), end="", file=sys.stderr)
    print(len(te.stack))
    print(te.stack[-1].name, te.stack[-1].lineno, te.stack[-1].line)
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines), end="", file=sys.stderr)
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="", file=sys.stderr)
    print("".join(traceback.format_exception(e, chain=False)), end="", file=sys.stderr)
    print("".join(traceback.format_exception(e, limit=1)), end="", file=sys.stderr)
    te = traceback.TracebackException.from_exception(e)
    print(te.__cause__ is not None, te.__context__ is not None)
    print(str(te))
def boom():
    raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
try:
    boom()
except ExceptionGroup as eg:
    te = traceback.TracebackException.from_exception(eg)
    print([str(x) for x in te.exceptions], te.exc_type.__name__)
    te.print(file=sys.stderr)
try:
    compile("x = (", "prog.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, te.msg, repr(te.text))
    print(list(te.format_exception_only()))
from traceback import TracebackException
try:
    raise KeyError("k")
except KeyError as e:
    a = TracebackException.from_exception(e)
    print(a == a, str(a), a.__suppress_context__, len(a.stack))
    print(list(a.format(chain=False))[-1], end="")
