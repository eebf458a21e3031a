# How many loop iterations does each kind of await cost? A ticker counts them.
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)

async def value():
    return 1

async def measure(label, make):
    global ticks
    await asyncio.sleep(0)
    start = ticks
    r = await make()
    print(f"{label:<28} {ticks - start:>2}  {r!r}")

async def main():
    t = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    ev.set()
    q = asyncio.Queue()
    q.put_nowait("item")
    done = loop.create_future()
    done.set_result("done-fut")
    async def with_lock():
        async with lock:
            return "locked"
    async def with_sem():
        async with sem:
            return "sem"
    async def with_timeout():
        async with asyncio.timeout(10):
            return await value()
    async def first_completed():
        d, p = await asyncio.wait([asyncio.ensure_future(value())])
        return len(d)
    async def as_completed_one():
        for f in asyncio.as_completed([value()]):
            return await f
    async def task_of_task():
        return await asyncio.create_task(asyncio.create_task(value()).__await__().__next__ and value())
    async def nested_gather():
        return await asyncio.gather(asyncio.gather(value()), value())
    async def tg():
        async with asyncio.TaskGroup() as g:
            x = g.create_task(value())
        return x.result()
    async def empty_tg():
        async with asyncio.TaskGroup():
            pass
        return "empty tg"
    cases = [
        ("coroutine", value),
        ("sleep(0)", lambda: asyncio.sleep(0)),
        ("sleep(0, result)", lambda: asyncio.sleep(0, "r")),
        ("done future", lambda: done),
        ("task", lambda: asyncio.create_task(value())),
        ("ensure_future(coro)", lambda: asyncio.ensure_future(value())),
        ("gather one coro", lambda: asyncio.gather(value())),
        ("gather empty", lambda: asyncio.gather()),
        ("gather done future", lambda: asyncio.gather(done)),
        ("nested gather", nested_gather),
        ("wait_for coro", lambda: asyncio.wait_for(value(), 10)),
        ("wait_for no timeout", lambda: asyncio.wait_for(value(), None)),
        ("shield coro", lambda: asyncio.shield(value())),
        ("timeout block", with_timeout),
        ("lock", with_lock),
        ("semaphore", with_sem),
        ("event already set", ev.wait),
        ("queue get ready", q.get),
        ("wait one task", first_completed),
        ("as_completed one", as_completed_one),
        ("taskgroup one", tg),
        ("taskgroup empty", empty_tg),
        ("call_soon future", lambda: (f := loop.create_future(), loop.call_soon(f.set_result, "cs"))[0]),
    ]
    for label, make in cases:
        await measure(label, make)
    t.cancel()

asyncio.run(main())
