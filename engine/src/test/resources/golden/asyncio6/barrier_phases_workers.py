import asyncio

async def worker(barrier, name, work):
    for phase, d in enumerate(work):
        await asyncio.sleep(d)
        print(f"{name} finished phase {phase}, waiting ({barrier.n_waiting} already)")
        idx = await barrier.wait()
        if idx == 0:
            print(f"-- phase {phase} complete (released by {name})")
    return name

async def main():
    barrier = asyncio.Barrier(3)
    plans = {"w1": [0.01, 0.03], "w2": [0.02, 0.01], "w3": [0.03, 0.02]}
    res = await asyncio.gather(*(worker(barrier, n, p) for n, p in plans.items()))
    print(res, barrier.parties, barrier.n_waiting, barrier.broken)
    async with barrier as pos:
        pass
    print("unreachable?")

async def runner():
    try:
        await asyncio.wait_for(main(), 0.2)
    except TimeoutError:
        print("last barrier wait timed out alone")

asyncio.run(runner())
