def f():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except* ValueError as eg:
    print("V", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("T", eg)
except* KeyError as eg:
    print("K", eg, eg.exceptions)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
print(eg, repr(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError)
print(m, r)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("b", [ValueError()])))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped", repr(g))
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as ex:
    print(ex)
import traceback
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
except Exception as ex:
    traceback.print_exc()
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer") from None
try:
    g()
except KeyError as ex:
    print(ex.__suppress_context__, ex.__cause__, repr(ex.__context__))
e = ValueError("with note"); e.add_note("see docs")
raise ExceptionGroup("final", [e, ZeroDivisionError("z")])
