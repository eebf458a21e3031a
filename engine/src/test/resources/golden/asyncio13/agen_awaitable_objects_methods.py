# The awaitables asend/athrow/aclose return, driven by hand: send/throw/close on them, non-None
# first sends, reuse, and generators that yield or await while being closed.
import asyncio
import types


@types.coroutine
def tick():
    yield "tick"


async def gen():
    try:
        x = yield 1
        print("  gen got", x)
        await tick()
        yield 2
    finally:
        print("  gen finally")


async def stubborn():
    try:
        yield 1
    finally:
        yield "in finally"


async def awaits_in_finally():
    try:
        yield 1
    finally:
        await tick()
        print("  cleanup after await")


def step(label, fn):
    try:
        print(label, "->", repr(fn()))
    except StopIteration as e:
        print(label, "-> StopIteration", repr(e.value))
    except BaseException as e:
        print(label, "->", type(e).__name__, str(e))


g = gen()
a = g.asend("x")
step("first asend non-None send(None)", lambda: a.send(None))
a2 = gen().asend("x")
step("asend('x') on fresh", lambda: a2.send(None))
g = gen()
n = g.__anext__()
step("anext.send('v')", lambda: n.send("v"))
n2 = g.asend("sent")
step("asend('sent')", lambda: n2.send(None))
step("asend continue", lambda: n2.send(None))
step("asend reuse", lambda: n2.send(None))
t = g.athrow(KeyError("k"))
step("athrow.throw(ValueError)", lambda: t.throw(ValueError("v")))
step("athrow.send after", lambda: t.send(None))
c = g.aclose()
step("aclose on finished", lambda: c.send(None))
step("aclose.close()", lambda: c.close())

s = stubborn()
step("stubborn start", lambda: s.__anext__().send(None))
step("stubborn aclose", lambda: s.aclose().send(None))
step("stubborn aclose again", lambda: s.aclose().send(None))

w = awaits_in_finally()
step("awaits start", lambda: w.__anext__().send(None))
cl = w.aclose()
step("aclose -> await inside finally", lambda: cl.send(None))
step("aclose continue", lambda: cl.send(None))

h = gen()
step("h start", lambda: h.__anext__().send(None))
x = h.athrow(GeneratorExit)
step("athrow(GeneratorExit)", lambda: x.send(None))
step("h after", lambda: h.__anext__().send(None))
y = gen().athrow(StopAsyncIteration)
step("athrow(StopAsyncIteration) fresh", lambda: y.send(None))
z = gen()
step("z start", lambda: z.__anext__().send(None))
step("athrow(StopAsyncIteration) started", lambda: z.athrow(StopAsyncIteration).send(None))
