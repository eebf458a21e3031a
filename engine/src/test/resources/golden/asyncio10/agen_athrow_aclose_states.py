# Async generators: ag_running/ag_await/ag_frame across states; athrow during async for; aclose from another task
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                print(f"  gen caught {e!r} at {i}")
                yield -i
            await asyncio.sleep(0)
    finally:
        print("  gen finally")
        await asyncio.sleep(0)
        print("  gen finally after await")

async def main():
    g = ticker(5)
    print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
    async for v in g:
        print("got", v)
        if v == 1:
            print("athrow ->", await g.athrow(ValueError("bad")))
        if v == 3:
            break
    print("after break", g.ag_running, g.ag_frame is not None)
    await g.aclose()
    print("closed", g.ag_frame)
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("anext on closed: StopAsyncIteration")
    g2 = ticker(3)
    print(await g2.__anext__())
    async def closer():
        print("closer: aclose")
        await g2.aclose()
        print("closer: done")
    nx = g2.__anext__()
    t = asyncio.create_task(closer())
    step = nx.send(None)
    print("anext suspended on", type(step).__name__, g2.ag_running)
    await asyncio.sleep(0)
    try:
        nx.send(None)
    except StopIteration as e:
        print("next value", e.value)
    await t
    g3 = ticker(2)
    try:
        await g3.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow unstarted:", repr(e))
    print(g3.ag_frame)
    g4 = ticker(2)
    await g4.asend(None)
    try:
        await g4.athrow(RuntimeError, "msg")
    except RuntimeError as e:
        print("athrow type+value:", repr(e))

asyncio.run(main())
