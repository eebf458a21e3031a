def load(name):
    try:
        return {"a": 1}[name]
    except KeyError:
        raise LookupError(f"no config {name!r}") from None
try:
    load("b")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input") from e
try:
    convert("x")
except TypeError as e:
    print(e, "<-", repr(e.__cause__))
def cleanup():
    try:
        1 / 0
    finally:
        print("cleaning up")
        [][0]
try:
    cleanup()
except IndexError as e:
    print("IndexError with context", repr(e.__context__))
def nested():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise KeyError("third")
try:
    nested()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def finally_chain():
    try:
        raise ValueError("inside")
    finally:
        raise RuntimeError("from finally")
finally_chain()
