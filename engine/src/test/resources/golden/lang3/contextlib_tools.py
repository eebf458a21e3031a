from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("swallowed", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
with nullcontext(5) as v:
    print("null", v)
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Manager:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Manager() as m:
    raise IndexError("ix")
print("continued")
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
@tag("deco")
def decorated():
    print("in decorated")
decorated()
