import asyncio, types

@types.coroutine
def pause(tag):
    got = yield tag
    return got

async def inner(n):
    total = 0
    for i in range(n):
        total += await pause(("inner", i))
    return total

async def outer(k):
    label = f"k={k}"
    first = await pause("outer-start")
    mid = await inner(2)
    last = await pause(("outer-end", mid))
    return label, first, mid, last

def show(c, step):
    f = c.cr_frame
    loc = {k: v for k, v in f.f_locals.items() if k != "c"} if f else None
    aw = c.cr_await
    chain = []
    while aw is not None:
        chain.append(type(aw).__name__ + ":" + getattr(aw, "__name__", "?"))
        aw = getattr(aw, "cr_await", None) or getattr(aw, "gi_yieldfrom", None)
    print(f"{step}: line={f.f_lineno if f else None} locals={loc} chain={chain}")

c = outer(3)
show(c, "unstarted")
v = c.send(None)
print("yielded", v)
show(c, "s1")
v = c.send(10)
print("yielded", v)
show(c, "s2")
v = c.send(1)
print("yielded", v)
show(c, "s3")
v = c.send(2)
print("yielded", v)
show(c, "s4")
try:
    c.send(7)
except StopIteration as e:
    print("returned", e.value)
show(c, "done")
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)
g = pause("x")
print(type(g).__name__, g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_code.co_flags & 0x100 != 0)
