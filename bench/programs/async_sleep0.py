# Scheduler: many tasks taking turns with asyncio.sleep(0). Each turn records which task ran, so
# the checksum depends on the exact round-robin order of the ready queue.
import asyncio

TASKS = 800
TURNS = 700


async def worker(wid, log):
    acc = wid
    for turn in range(TURNS):
        acc = (acc * 31 + turn) % 10007
        log.append(wid)
        await asyncio.sleep(0)
    return acc


async def main():
    log = []
    tasks = [asyncio.create_task(worker(i, log)) for i in range(TASKS)]
    results = [await t for t in tasks]
    order = 0
    for i, wid in enumerate(log):
        order = (order * 7 + wid * (i % 13 + 1)) % 1000000007
    print("turns:", len(log), "order:", order, "results:", sum(results))
    print("first/last:", log[:5], log[-5:])


asyncio.run(main())
