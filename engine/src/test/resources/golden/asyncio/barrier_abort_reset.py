# Barrier: a second round reuses it; abort() breaks waiters; reset() while
# tasks wait makes them fail with BrokenBarrierError.
import asyncio

async def party(name, b, log):
    try:
        idx = await b.wait()
        log.append(f"{name} passed {idx}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken: {e}")

async def main():
    b = asyncio.Barrier(2)
    log = []
    for round_ in range(2):
        await asyncio.gather(party(f"a{round_}", b, log), party(f"b{round_}", b, log))
    print(log, b.n_waiting, b.broken)

    log.clear()
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(f"p{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print(log, b.broken)
    await party("late", b, log)
    print(log[-1])

    log.clear()
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(f"r{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    await asyncio.gather(*ts)
    print(log, "broken after reset:", b.broken, "waiting:", b.n_waiting)
    async with asyncio.Barrier(1) as idx:
        print("async with gives the index:", idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)

asyncio.run(main())
