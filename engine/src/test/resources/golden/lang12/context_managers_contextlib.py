import contextlib
import io
import sys

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x, CM("b", suppress=True) as y:
    print("body", x, y)
    raise ValueError("inside")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("outer"), BadEnter():
        pass
except OSError as e:
    print("OSError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
print("continued")
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(CM(n))
    stack.callback(print, "callback 1")
    stack.push(lambda *exc: print("push sees", exc[0]))
    print("stack body")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))
with contextlib.nullcontext("value") as v:
    print("nullcontext", v)
with contextlib.ExitStack() as stack:
    stack.enter_context(CM("e1"))
    moved = stack.pop_all()
print("moved stack not closed yet")
moved.close()
class Res:
    def close(self):
        print("Res closed")
with contextlib.closing(Res()):
    print("using res")
@contextlib.contextmanager
def reraiser():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraiser():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "from", repr(e.__cause__))
