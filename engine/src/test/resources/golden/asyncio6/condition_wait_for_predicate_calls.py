import asyncio

state = {"n": 0}
calls = []

def ready():
    calls.append(state["n"])
    return state["n"] >= 3

async def consumer(cond):
    async with cond:
        r = await cond.wait_for(ready)
        print("consumer proceeds, predicate returned", r)

async def producer(cond):
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("producer n =", state["n"])
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))
    print("predicate saw", calls)
    c2 = asyncio.Condition()
    async def cancelled_waiter():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print("cancelled waiter holds lock again:", c2.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    async with c2:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds lock; task done?", t.done())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "lock free:", not c2.locked())

asyncio.run(main())
