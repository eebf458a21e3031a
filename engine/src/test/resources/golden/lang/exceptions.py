class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def risky(n):
    if n == 0:
        raise AppError(0)
    if n == 1:
        raise ValueError("bad value")
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [][1]
    if n == 4:
        return None.attr
    return n
for i in range(6):
    try:
        print("ok", risky(i))
    except AppError as e:
        print("app", e, e.code, e.args)
    except (ValueError, KeyError) as e:
        print("value-or-key", type(e).__name__, repr(e))
    except LookupError as e:
        print("lookup", e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", i)
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    chain()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_return())
def finally_override():
    try:
        return 1
    finally:
        return 2
print(finally_override())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("fin", i)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print(eg, eg.exceptions, eg.message)
    m, r = eg.split(ValueError)
    print(m.exceptions, r.exceptions)
try:
    raise ExceptionGroup("eg", [ValueError("v"), KeyError("k"), TypeError("t")])
except* ValueError as e:
    print("star value", e.exceptions)
except* (KeyError, TypeError) as e:
    print("star others", e.exceptions)
import sys
try:
    raise KeyError(5)
except:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info())
e = Exception("x", 1)
print(e.args, str(e), repr(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
def f(a, b): pass
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    x = 1
    del x
    print(x)
except NameError as e:
    print(e)
def ub():
    print(y)
    y = 1
try:
    ub()
except UnboundLocalError as e:
    print(type(e).__name__, e)
