class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("boom", 42)
except AppError as e:
    print(e, repr(e), e.args, e.code)
e = ValueError("x"); e.add_note("note 1"); e.add_note("note 2"); print(e.__notes__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
except* ValueError as eg:
    print("V", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("TK", repr(eg))
eg = ExceptionGroup("g", [ValueError("a"), TypeError("b")])
print(eg.subgroup(ValueError), eg.split(TypeError), eg.derive([KeyError()]), len(eg.exceptions), str(eg))
def gen():
    try:
        yield 1
    finally:
        print("fin")
for x in gen(): break
try:
    try:
        1/0
    finally:
        print("finally runs")
except ZeroDivisionError as z:
    print("caught", z, z.__traceback__.tb_lineno, type(z.__traceback__).__name__)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), str(v) == "", v.args)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return True
with Ctx() as c:
    raise RuntimeError("suppressed")
print("after")
try:
    raise KeyError("missing key")
except LookupError as e:
    print(type(e).__mro__, e)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), OSError(2, "nf").errno, FileNotFoundError(2, "No such file", "x.txt"))
try:
    raise TypeError("a") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
try: check(-1)
except AssertionError as e: print(e)
import warnings
warnings.warn("careful", UserWarning)
warnings.warn("dep", DeprecationWarning)
raise AppError("final", 7)
