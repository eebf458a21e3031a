class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("oops")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class RaisingExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with RaisingExit():
        raise ValueError("body")
except RuntimeError as e:
    print("exit error", repr(e), "context:", repr(e.__context__))
class EnterFails:
    def __enter__(self): raise OSError("no enter")
    def __exit__(self, *a): print("never")
try:
    with EnterFails():
        print("never body")
except OSError as e:
    print("enter failed", e)
import contextlib
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("handled inside generator")
    finally:
        print("teardown", tag)
with managed("x") as v:
    print("got", v)
    1 / 0
print("continued")
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed index error")
with contextlib.ExitStack() as stack:
    for n in "pq":
        stack.enter_context(CM(n))
    stack.callback(print, "callback ran")
    print("in stack")
