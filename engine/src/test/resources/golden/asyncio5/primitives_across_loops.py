# asyncio primitives bound to one loop used from another asyncio.run; futures of a closed loop
import asyncio, re

def clean(x):
    return re.sub(r" at 0x[0-9a-f]+", "", str(x))

lock = asyncio.Lock()
event = asyncio.Event()
queue = asyncio.Queue()
sem = asyncio.Semaphore(0)

async def first():
    async with lock:
        pass
    queue.put_nowait(1)
    event.set()
    await event.wait()
    print("first run ok", clean(lock), clean(event), clean(repr(queue)))
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t.cancel()
    return asyncio.get_running_loop().create_future()

fut = asyncio.run(first())
print(fut.done(), fut.cancelled())

async def second():
    for name, op in [("lock", lock.acquire), ("event-set", event.wait), ("queue-get", queue.get), ("sem", sem.acquire)]:
        try:
            r = await op()
            print(name, "->", r)
        except RuntimeError as e:
            print(name, "RuntimeError:", clean(e))
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except RuntimeError as e:
        print("event-wait RuntimeError:", e)
    except TimeoutError:
        print("event-wait timeout")
    try:
        await fut
    except RuntimeError as e:
        print("old future:", str(e).split(" coro=")[0], "...", str(e).split("> got ")[1])
    q2 = asyncio.Queue()
    q2.put_nowait("x")
    print(await q2.get())

asyncio.run(second())
