def f():
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print(type(eg).__name__, repr(eg.exceptions))
        raise KeyError("new in handler")

try:
    f()
except ExceptionGroup as g:
    print("outer:", repr(g))
    print("ctx:", repr(g.exceptions[0].__context__))

def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled values")
        raise
    except* TypeError:
        print("handled types")

try:
    g()
except ExceptionGroup as e:
    print("re-raised:", repr(e))

try:
    try:
        raise TypeError("t")
    except* TypeError:
        pass
    print("swallowed naked")
except Exception as e:
    print("?", e)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* (TypeError, ValueError) as e:
        print("tuple matched", type(e).__name__)
except Exception:
    pass
try:
    try:
        pass
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
