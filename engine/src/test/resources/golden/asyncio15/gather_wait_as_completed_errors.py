import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n

async def fail(n, exc=ValueError):
    await asyncio.sleep(0)
    raise exc(n)

async def main():
    r = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(ok(1), fail(2), fail(3, KeyError))
    except Exception as e:
        print("first error", repr(e))
    await asyncio.sleep(0)
    print(await asyncio.gather())
    try:
        await asyncio.gather(ok(1), 5)
    except TypeError as e:
        print("TypeError:", e)
    f = asyncio.gather(ok(1))
    print(type(f).__name__, f.done())
    print(await f, f.done())
    async def c():
        return "c"
    coro = c()
    r = await asyncio.gather(coro, coro)
    print(r)
    t = asyncio.ensure_future(ok(9))
    print(await asyncio.gather(t, t))
    for fut in asyncio.as_completed([ok(1), ok(2)]):
        print("as_completed", await fut)
    res = await asyncio.wait_for(ok(4), timeout=1)
    print(res)
    try:
        await asyncio.wait([ok(1)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    tasks = [asyncio.create_task(fail(i)) for i in range(2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted(str(t.exception()) for t in done))

asyncio.run(main())
