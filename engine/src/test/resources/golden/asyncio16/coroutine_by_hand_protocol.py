import types
import inspect

@types.coroutine
def ask(question):
    answer = yield question
    return answer

async def conversation():
    name = await ask("name?")
    age = await ask("age?")
    try:
        extra = await ask("extra?")
    except LookupError as e:
        extra = f"recovered from {e!r}"
    return f"{name} ({age}) {extra}"

c = conversation()
print(inspect.getcoroutinestate(c))
q = c.send(None)
print("asked", q, inspect.getcoroutinestate(c))
q = c.send("Ann")
print("asked", q)
q = c.send(30)
print("asked", q, c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.throw(LookupError("no extra"))
except StopIteration as e:
    print("finished with", repr(e.value))
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = conversation()
try:
    c2.send("not None")
except TypeError as e:
    print("TypeError:", e)
c2.close()
c3 = conversation()
c3.send(None)
try:
    c3.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated", inspect.getcoroutinestate(c3))
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("awaitable asks", self.v)
        return got * 2
async def use_awaitable():
    r = await Awaitable(5)
    return r + 1
c4 = use_awaitable()
print(c4.send(None))
try:
    c4.send(10)
except StopIteration as e:
    print("result", e.value)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_gen():
    def g():
        yield 1
    await g()
try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)
w = conversation().__await__()
print(type(w).__name__, next(w))
w.close()
print(inspect.iscoroutine(c), inspect.isawaitable(Awaitable(1)), inspect.iscoroutinefunction(conversation), inspect.isgeneratorfunction(ask))
co = conversation()
print(co.cr_code.co_name, co.cr_running, co.__name__, co.__qualname__)
co.__name__ = "renamed"
print(co.__name__, repr(co).split(" at ")[0])
co.close()
