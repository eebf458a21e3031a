# Event.wait and Condition.wait under wait_for timeouts: waiters are removed, the lock re-acquired.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out; waiters left:", len(ev._waiters))
    asyncio.get_running_loop().call_later(0.005, ev.set)
    print("wait returns", await asyncio.wait_for(ev.wait(), 1))

    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await asyncio.wait_for(cond.wait(), 0.01)
            except TimeoutError:
                print("cond wait timed out; lock held again:", cond.locked())
                raise

    try:
        await waiter()
    except TimeoutError:
        print("after the with block locked:", cond.locked())

    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    t = asyncio.create_task(bump())
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= 2)
        print("wait_for predicate result", r, "n", state["n"])
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: state["n"] > 10), 0.3)
        except TimeoutError:
            print("predicate never true, n", state["n"], "locked", cond.locked())
    await t


asyncio.run(main())
