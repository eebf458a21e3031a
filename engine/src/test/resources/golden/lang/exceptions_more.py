import sys
def t(label, f):
    try:
        f()
    except BaseException as e:
        print(label, type(e).__name__, repr(e), str(e), e.args)
t("bare raise", lambda: exec_raise())
def exec_raise():
    raise
t("raise class", lambda: (_ for _ in ()).throw(ValueError))
def raise_non():
    raise 5
t("raise int", raise_non)
def raise_from_non():
    raise ValueError from 5
t("raise from int", raise_from_non)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
t("custom", lambda: (_ for _ in ()).throw(E(3)))
class NoArgs(Exception):
    def __str__(self):
        return "custom str"
t("str override", lambda: (_ for _ in ()).throw(NoArgs()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "x")), str(OSError(2, "x")))
print(str(OSError(2, "No such file", "f.txt")), OSError(2, "x").errno, type(OSError(2, "x")).__name__, str(UnicodeError("u")))
e = ValueError("a", 1)
print(e.args, str(e), repr(e), e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.add_note("note 1")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__, v.__context__ is v.__cause__)
def finally_return():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(finally_return())
def finally_override():
    try:
        return "try"
    finally:
        print("in finally")
print(finally_override())
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
loop_finally()
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [ValueError("v2")])])
except* ValueError as eg:
    print("caught values:", repr(eg), [repr(x) for x in eg.exceptions])
except* TypeError as eg:
    print("caught types:", repr(eg))
eg = ExceptionGroup("g", [ValueError(1), KeyError(2)])
print(eg.subgroup(ValueError), eg.split(KeyError), eg.subgroup(OSError), repr(eg), str(eg), eg.message)
try:
    ExceptionGroup("x", [])
except ValueError as ex:
    print("ValueError:", ex)
try:
    ExceptionGroup("x", [1])
except ValueError as ex:
    print("ValueError:", ex)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(issubclass(KeyError, LookupError), KeyboardInterrupt.__mro__, StopAsyncIteration.__bases__)
print(ZeroDivisionError.__mro__[1].__name__, FileNotFoundError.__mro__[1].__name__, RecursionError.__bases__, TimeoutError.__bases__)
