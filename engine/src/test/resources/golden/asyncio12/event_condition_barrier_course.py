# Event, Condition and Barrier as a course shows them: start signal, bounded buffer, phases.
import asyncio

async def runner(name, start, log):
    log.append(f"{name} ready")
    await start.wait()
    log.append(f"{name} go")

class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = asyncio.Condition()

    async def put(self, x, log):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            log.append(f"put {x} -> {self.items}")
            self.cond.notify_all()

    async def get(self, log):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            log.append(f"get {x} -> {self.items}")
            self.cond.notify_all()
            return x

async def phase_worker(name, barrier, log, rounds):
    for r in range(rounds):
        await asyncio.sleep(0.001 * (len(name) + r))
        idx = await barrier.wait()
        log.append(f"{name} passed round {r} idx {idx}")

async def main():
    log = []
    start = asyncio.Event()
    ts = [asyncio.create_task(runner(n, start, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(start.is_set(), repr(start).split(" at ")[1][:0] or "", str(start)[-15:])
    start.set()
    start.set()
    await asyncio.gather(*ts)
    print(log)
    start.clear()
    try:
        await asyncio.wait_for(start.wait(), 0.001)
    except asyncio.TimeoutError:
        print("event wait timed out, waiters:", len(start._waiters))

    log.clear()
    buf = Buffer(2)
    async def producer():
        for i in range(5):
            await buf.put(i, log)
    async def consumer():
        got = []
        for _ in range(5):
            got.append(await buf.get(log))
            await asyncio.sleep(0)
        return got
    p = asyncio.create_task(producer())
    got = await consumer()
    await p
    print(got)
    print("\n".join(log))

    log.clear()
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(phase_worker(n, barrier, log, 2) for n in ("x", "yy", "zzz")))
    print(sorted(log))
    print(repr(barrier).split(" at ")[0] if False else str(barrier)[str(barrier).index("["):])
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, e.args, barrier.broken)
    await barrier.reset()
    print("after reset broken:", barrier.broken)

asyncio.run(main())
