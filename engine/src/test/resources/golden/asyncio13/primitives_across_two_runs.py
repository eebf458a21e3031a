# asyncio primitives made at module level and used in two asyncio.run calls: bound to the first loop.
import asyncio
import re

lock = asyncio.Lock()
event = asyncio.Event()
queue = asyncio.Queue()
sem = asyncio.Semaphore(1)
cond = asyncio.Condition()
barrier = asyncio.Barrier(1)


async def uses_without_waiting():
    async with lock:
        pass
    queue.put_nowait(1)
    print("no wait:", queue.get_nowait(), lock.locked())


async def uses_with_waiting(tag):
    results = []
    async def hold():
        async with lock:
            await asyncio.sleep(0)
    async def try_lock():
        try:
            async with lock:
                results.append("lock ok")
        except RuntimeError as e:
            results.append(f"lock: {e}")
    h = asyncio.create_task(hold())
    await asyncio.sleep(0)
    await try_lock()
    await h
    async def try_queue():
        try:
            return await asyncio.wait_for(queue.get(), 0.01)
        except RuntimeError as e:
            return f"queue: {e}"
        except TimeoutError:
            return "queue: timeout"
    results.append(await try_queue())
    try:
        event.clear()
        asyncio.get_running_loop().call_soon(event.set)
        await event.wait()
        results.append("event ok")
    except RuntimeError as e:
        results.append(f"event: {e}")
    try:
        async with cond:
            asyncio.get_running_loop().call_soon(lambda: None)
            await asyncio.wait_for(cond.wait(), 0.001)
    except TimeoutError:
        results.append("cond: timeout")
    except RuntimeError as e:
        results.append(f"cond: {e}")
    try:
        print(tag, "barrier", await barrier.wait())
    except RuntimeError as e:
        results.append(f"barrier: {e}")
    for r in results:
        print(tag, re.sub(r"0x[0-9a-f]+", "ID", r))


asyncio.run(uses_without_waiting())
asyncio.run(uses_with_waiting("run1"))
asyncio.run(uses_with_waiting("run2"))
asyncio.run(uses_without_waiting())
