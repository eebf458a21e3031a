import sys
class AppError(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"
class Quiet(Exception):
    pass
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("oops")
class NoArgs(Exception):
    def __init__(self):
        pass
for exc in (AppError(404, "missing"), Quiet(), Quiet("a", 2), BadStr("x"), NoArgs(), ValueError(""), KeyError(""),
            KeyError("a", "b"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), UnicodeError("u"),
            StopIteration(5), SystemExit("bye"), ArithmeticError(None)):
    try:
        print(type(exc).__name__, repr(str(exc)) if not isinstance(exc, BadStr) else "-", repr(exc), exc.args)
    except Exception as e:
        print("printing failed:", type(e).__name__)
import traceback
try:
    raise AppError(500, "server")
except AppError:
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exc().replace(__file__, "FILE"))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(BadStr, BadStr()))
raise BadStr("x")
