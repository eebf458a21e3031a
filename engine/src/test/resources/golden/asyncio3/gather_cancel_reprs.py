import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise LookupError(name)
        return name
    except asyncio.CancelledError as e:
        print(f"  {name} cancelled args={e.args}")
        raise

async def main():
    g = asyncio.gather(job("a", 0.01), job("b", 0.02), return_exceptions=True)
    await asyncio.sleep(0)
    print("gather future type:", type(g).__name__, g.done())
    g.cancel("stop all")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled:", e.args, g.cancelled())
    res = await asyncio.gather(job("c", 0), job("d", 0, fail=True), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])
    t1 = asyncio.create_task(job("e", 0.05))
    t2 = asyncio.create_task(job("f", 0, fail=True))
    try:
        await asyncio.gather(t1, t2)
    except LookupError as e:
        print("first error:", repr(e), "t1 still running:", not t1.done())
    t1.cancel()
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.exception())
    empty = asyncio.gather()
    print(type(empty).__name__, empty.done(), await empty)

asyncio.run(main())
