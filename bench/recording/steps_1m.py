# Recording benchmark (issue 5): about 1,000,000 line steps (settrace line events in this file)
# spread over asyncio tasks that take turns, with loops and locals that change on every line.
# Run it with no step budget (the engine's default budget is 1,000,000 steps).
# The queue is a global so that the locals are small values, as in the baseline figure
# (issue 5 measured about 4 s and 530 MB for such a recorder on 1M steps).
import asyncio

WORKERS = 8
ROUNDS = 20_300
QUEUE = None


async def worker(wid):
    acc = wid
    step = 0
    while step < ROUNDS:
        a = (acc * 31 + step) % 65521
        b = a ^ (step << 3)
        acc = (acc + b) % 1000003
        if step % 40 == 0:
            await QUEUE.put((wid, acc))
        step += 1
    await QUEUE.put((wid, -1))
    return acc


async def collector():
    finished = 0
    total = 0
    seen = 0
    while finished < WORKERS:
        wid, value = await QUEUE.get()
        if value < 0:
            finished += 1
        else:
            total = (total + wid * value) % 1000003
            seen += 1
    return total, seen


async def main():
    global QUEUE
    QUEUE = asyncio.Queue(maxsize=4)
    workers = [asyncio.create_task(worker(w), name=f"worker-{w}") for w in range(WORKERS)]
    total, seen = await collector()
    results = await asyncio.gather(*workers)
    print("collected:", seen, "total:", total)
    print("results:", results)


asyncio.run(main())
