import asyncio

async def consumer():
    x = await asyncio.sleep(0, result=1)
    return x

c = consumer()
print("first send yields:", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)

loop = asyncio.new_event_loop()
fut = loop.create_future()

async def waits_for_future():
    got = await fut
    return got * 2

w = waits_for_future()
y = w.send(None)
print("yielded the future itself:", y is fut, "blocking flag:", fut._asyncio_future_blocking)
fut.set_result(21)
try:
    w.send(None)
except StopIteration as e:
    print("result through StopIteration:", e.value)

async def sleeps_long():
    await asyncio.sleep(5)

s = sleeps_long()
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def thrown_into():
    try:
        await asyncio.sleep(0)
    except KeyError as e:
        return f"caught {e!r}"

t = thrown_into()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

g = waits_for_future()
try:
    g.send(None)
except StopIteration as e:
    print("done future does not yield:", e.value)
f2 = loop.create_future()
it = f2.__await__()
print(type(it).__name__, next(it) is f2)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
f2.cancel()
it2 = f2.__await__()
try:
    next(it2)
except asyncio.CancelledError as e:
    print("cancelled future raises", type(e).__name__)
loop.close()
