import asyncio, types

def describe(obj, depth=0):
    pad = "  " * depth
    kind = type(obj).__name__
    extra = ""
    if hasattr(obj, "cr_frame"):
        extra = f" line={obj.cr_frame.f_lineno if obj.cr_frame else None} running={obj.cr_running}"
    elif hasattr(obj, "gi_frame"):
        extra = f" line={obj.gi_frame.f_lineno if obj.gi_frame else None} yieldfrom={type(obj.gi_yieldfrom).__name__}"
    elif isinstance(obj, asyncio.Future):
        extra = f" done={obj.done()}"
    print(f"{pad}{kind}{extra}")
    nxt = getattr(obj, "cr_await", None)
    if nxt is None:
        nxt = getattr(obj, "gi_yieldfrom", None)
    if nxt is not None and depth < 8:
        describe(nxt, depth + 1)

@types.coroutine
def legacy(fut):
    value = yield from fut
    return value

class Awaitable:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        return (yield from self.fut)

async def bottom(fut):
    return await fut

async def via_wrapper(fut):
    return await Awaitable(fut)

async def via_legacy(fut):
    return await legacy(fut)

async def via_task(task):
    return await task

async def top(fut, kind):
    if kind == "plain":
        return await bottom(fut)
    if kind == "wrapper":
        return await via_wrapper(fut)
    if kind == "legacy":
        return await via_legacy(fut)
    inner = asyncio.create_task(bottom(fut))
    return await via_task(inner)

async def main():
    loop = asyncio.get_running_loop()
    for kind in ["plain", "wrapper", "legacy", "task"]:
        fut = loop.create_future()
        coro = top(fut, kind)
        t = asyncio.create_task(coro)
        for _ in range(3):
            await asyncio.sleep(0)
        print(f"--- {kind}")
        describe(coro)
        fut.set_result(kind.upper())
        print("result:", await t, "| after:", coro.cr_await, coro.cr_frame)
    c = bottom(loop.create_future())
    print(c.cr_await, c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
    w = c.__await__()
    print(type(w).__name__, type(w.send(None)).__name__, type(c.cr_await).__name__)
    c.close()
    print(c.cr_await, c.cr_frame)

asyncio.run(main())
