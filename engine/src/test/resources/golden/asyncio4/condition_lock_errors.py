import asyncio

async def main():
    cond = asyncio.Condition()
    for name in ("notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, "->", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait ->", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("release ->", e)
    lock = asyncio.Lock()
    try:
        asyncio.Condition(lock=42)
    except Exception as e:
        print(type(e).__name__)
    c2 = asyncio.Condition(lock)
    async with c2:
        print("lock held via condition:", lock.locked(), c2.locked())
    print(lock.locked())
    order = []
    async def w(n):
        async with cond:
            order.append(("wait", n))
            await cond.wait()
            order.append(("woke", n))
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        order.append("notified 2")
    await asyncio.sleep(0)
    async with cond:
        cond.notify(0)
        cond.notify_all()
        order.append("notified all")
    await asyncio.gather(*ts)
    print(order)
    print("result of wait_for:")
    async with cond:
        r = await cond.wait_for(lambda: 42)
        print(r)

asyncio.run(main())
