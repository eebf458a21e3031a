# How many loop turns each kind of await costs, measured by a ticker task.
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)

async def nested_sleeps():
    await asyncio.sleep(0)
    await asyncio.sleep(0)

async def measure(label, make):
    before = ticks
    await make()
    print(f"{label:<34} ticks={ticks - before}")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await measure("two sleep(0) in a coroutine", nested_sleeps)
    await measure("task of two sleep(0)", lambda: asyncio.create_task(nested_sleeps()))
    await measure("gather of two tasks", lambda: asyncio.gather(nested_sleeps(), nested_sleeps()))
    await measure("wait_for(coro, 1)", lambda: asyncio.wait_for(nested_sleeps(), 1))
    await measure("shield(coro)", lambda: asyncio.shield(nested_sleeps()))
    def soon_future():
        f = loop.create_future()
        loop.call_soon(f.set_result, None)
        return f
    await measure("future set by call_soon", soon_future)
    def later_future():
        f = loop.create_future()
        loop.call_later(0, f.set_result, None)
        return f
    await measure("future set by call_later(0)", later_future)
    async def queue_roundtrip():
        q = asyncio.Queue()
        async def put_later():
            await asyncio.sleep(0)
            q.put_nowait(1)
        asyncio.create_task(put_later())
        await q.get()
    await measure("queue get woken by a task", queue_roundtrip)
    async def lock_roundtrip():
        lock = asyncio.Lock()
        async with lock:
            await asyncio.sleep(0)
    await measure("uncontended lock + sleep(0)", lock_roundtrip)
    async def with_timeout():
        async with asyncio.timeout(1):
            await asyncio.sleep(0)
    await measure("timeout block around sleep(0)", with_timeout)
    async def tg():
        async with asyncio.TaskGroup() as g:
            g.create_task(nested_sleeps())
    await measure("TaskGroup with one child", tg)
    t.cancel()

asyncio.run(main())
