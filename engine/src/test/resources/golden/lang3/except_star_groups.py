def risky():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", eg.exceptions)
except* LookupError as eg:
    print("lookup:", repr(eg.exceptions[0]))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("left:", repr(rest))
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(match, "|", rest)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(KeyError))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException as e:
    print(type(e).__name__, repr(e.exceptions), repr(e.exceptions[0].__context__))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__[1].__name__)
e = ExceptionGroup("notes", [ValueError("x")])
e.add_note("a note")
print(e.__notes__, str(e), e.derive([TypeError()]).message)
