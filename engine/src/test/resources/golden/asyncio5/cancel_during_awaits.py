# task.cancel() with messages while awaiting different things
import asyncio

async def waiter(kind, loop):
    try:
        if kind == "sleep":
            await asyncio.sleep(10)
        elif kind == "future":
            await loop.create_future()
        elif kind == "event":
            await asyncio.Event().wait()
        elif kind == "queue":
            await asyncio.Queue().get()
        elif kind == "lock":
            lock = asyncio.Lock()
            await lock.acquire()
            await lock.acquire()
        elif kind == "gather":
            await asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
        elif kind == "wait_for":
            await asyncio.wait_for(asyncio.sleep(10), 5)
        elif kind == "task":
            await asyncio.create_task(asyncio.sleep(10))
    except asyncio.CancelledError as e:
        print(f"  {kind}: caught {e.args!r}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    for kind in ["sleep", "future", "event", "queue", "lock", "gather", "wait_for", "task"]:
        t = asyncio.create_task(waiter(kind, loop))
        await asyncio.sleep(0)
        print(kind, "cancel ->", t.cancel(f"stop {kind}"), "cancelling", t.cancelling())
        try:
            await t
        except asyncio.CancelledError as e:
            print(f"  outer sees {e.args!r}, cancelled={t.cancelled()}")
    await asyncio.sleep(0)
    print("pending:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
