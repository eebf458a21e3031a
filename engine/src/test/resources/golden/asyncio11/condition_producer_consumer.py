import asyncio

async def main():
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "takes", items.pop(0))
    async def producer():
        for n in range(4):
            await asyncio.sleep(0.01)
            async with cond:
                items.append(n)
                print("produced", n)
                cond.notify(1 if n < 2 else 2)
    cs = [asyncio.create_task(consumer(i)) for i in range(4)]
    await producer()
    await asyncio.sleep(0.01)
    print([t.done() for t in cs])
    async with cond:
        items.append(99)
        cond.notify_all()
    await asyncio.gather(*cs)
    print(items)
    # wait with timeout
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.01)
        except TimeoutError:
            print("timed out; lock held again?", cond.locked())
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    print(c2.locked(), repr(c2).split("[")[1])
    async with lock:
        print(c2.locked())
    try:
        asyncio.Condition(asyncio.Semaphore())
    except Exception as e:
        print(type(e).__name__)

asyncio.run(main())
