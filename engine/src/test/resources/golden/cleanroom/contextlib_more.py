import contextlib, io, sys, asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, closing, ExitStack, AsyncExitStack

@contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught %r" % (e,))
    finally:
        log.append("exit " + name)

log = []
with tag("a", log) as v:
    log.append(v)
with tag("b", log):
    raise KeyError("k")
try:
    with tag("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append("outer %r" % (e,))
print(log)
print(tag.__name__, tag.__wrapped__.__name__, type(tag("x", [])).__name__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_then_yield():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with convert():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))

@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError passes", e)

calls = []
@contextmanager
def counted():
    calls.append("in")
    yield
    calls.append("out")
@counted()
def work(x):
    calls.append(x)
    return x * 2
print(work(1), work(2), calls, work.__name__)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not")
except ValueError as e:
    print("ValueError", e)
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest", repr(eg), eg.exceptions)
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    print("all suppressed")
except ExceptionGroup as eg:
    print("group passes", eg.exceptions)
with suppress():
    pass

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as t:
    print(type(t).__name__)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("hidden")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write("oops\n")
print(repr(err.getvalue()))
r = contextlib.redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print("after nested")

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("s", log))
    stack.push(lambda *exc: print("push exit", exc[0]))
print(log[-2:])

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("swallowed by stack")
print("stack suppressed")

def raiser(exc):
    raise exc
try:
    with ExitStack() as stack:
        stack.callback(raiser, KeyError("first"))
        stack.callback(raiser, IndexError("second"))
        raise ValueError("body")
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

with ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
print("popped")
moved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
s = ExitStack()
f = s.callback(len, "x")
print(f is len)

@asynccontextmanager
async def acm(name):
    print("aenter", name)
    try:
        yield name * 2
    finally:
        print("aexit", name)

@asynccontextmanager
async def anoyield():
    if False:
        yield

async def main():
    async with acm("q") as v:
        print("got", v)
    try:
        async with acm("r"):
            raise KeyError("r")
    except KeyError as e:
        print("KeyError", e)
    try:
        async with anoyield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    @acm("deco")
    async def decorated(x):
        print("inside", x)
        return x
    print(await decorated(3))
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(acm("st"))
        st.callback(print, "sync cb")
        async def acb(x):
            print("async cb", x)
        st.push_async_callback(acb, 7)
        async def aex(*a):
            print("async exit", a[0])
        st.push_async_exit(aex)
        print("in stack", v)
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print("TypeError", e)
    class AG:
        async def aclose(self):
            print("aclosed")
    async with contextlib.aclosing(AG()):
        pass
    async with nullcontext(9) as n:
        print("anull", n)
asyncio.run(main())
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a)
with CM() as c:
    print(type(c).__name__)
print(issubclass(ExitStack, contextlib.AbstractContextManager), isinstance(nullcontext(), contextlib.AbstractContextManager))
from contextlib import ExitStack
def raiser(e): raise e
try:
    with ExitStack() as s:
        s.callback(raiser, KeyError(1)); s.callback(raiser, IndexError(2))
except Exception as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as s:
            s.callback(raiser, KeyError(1)); s.callback(raiser, IndexError(2))
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
s = ExitStack(); s.callback(raiser, KeyError(1)); s.callback(raiser, IndexError(2))
try:
    s.close()
except Exception as e:
    print(repr(e), repr(e.__context__))
