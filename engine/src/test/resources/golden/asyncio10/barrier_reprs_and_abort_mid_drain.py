# Barrier: repr in each state, wait() return indexes, abort while filling, reset while draining
import asyncio
import re

def r(b):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(b))

async def main():
    b = asyncio.Barrier(3)
    print(r(b))
    log = []
    async def party(n):
        i = await b.wait()
        log.append((n, i))
        return i
    ts = [asyncio.create_task(party(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("filling", r(b), b.n_waiting, b.broken)
    res = await asyncio.gather(*ts)
    print("indexes", res, log, r(b))
    # 2 parties wait, then abort
    async def waiter(n):
        try:
            return await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(f"  waiter {n} broken:", repr(e), b.n_waiting)
            return "broken"
    ts = [asyncio.create_task(waiter(n)) for n in range(2)]
    await asyncio.sleep(0)
    print("before abort", r(b))
    await b.abort()
    print("after abort", r(b))
    print(await asyncio.gather(*ts))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken barrier raises")
    await b.reset()
    print("after reset", r(b))
    # cancel a waiter while filling
    ts = [asyncio.create_task(waiter(n)) for n in range(2)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print("after cancel", r(b), ts[0].cancelled())
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("end", r(b))
    async with asyncio.Barrier(1) as idx:
        print("context index", idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
