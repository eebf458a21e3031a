import asyncio

async def val(v, d=0):
    await asyncio.sleep(d)
    return v

async def boom(d=0):
    await asyncio.sleep(d)
    raise RuntimeError("boom")

async def main():
    print(await asyncio.gather())
    c = val(1)
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(val(2))
    print(await asyncio.gather(t, t, val(3)))
    for timeout in [0, -1]:
        try:
            print(await asyncio.wait_for(val("instant"), timeout))
        except TimeoutError:
            print("timeout", timeout)
    done_t = asyncio.create_task(val("done-before"))
    await asyncio.sleep(0)
    print(await asyncio.wait_for(done_t, 0))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([val(1)])
    except TypeError as e:
        print("TypeError:", e)
    tasks = {asyncio.create_task(val(i, i / 100)) for i in range(3)}
    tasks.add(asyncio.create_task(boom(0.015)))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted(str(t.exception() or t.result()) for t in done))
    done, pending = await asyncio.wait(pending, timeout=0)
    print(len(done), len(pending))
    await asyncio.wait(pending)
    r = await asyncio.gather(boom(), val("after"), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(boom(), val("x", 0.01))
    except RuntimeError as e:
        print("gather raised", e)
    outer = asyncio.gather(val(1, 1), val(2, 1))
    await asyncio.sleep(0)
    print(outer.cancel(), outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled())
    s = asyncio.shield(val("shielded", 0.01))
    s.cancel("bye")
    try:
        await s
    except asyncio.CancelledError as e:
        print("shield outer cancelled", e.args)
    await asyncio.sleep(0.02)
    print(asyncio.ensure_future(val(9)).__class__.__name__, await asyncio.ensure_future(val(9)))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
