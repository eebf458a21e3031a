# asyncio.Queue's put() and get(): a subclass that redefines full(), empty(), qsize(), put_nowait(),
# get_nowait() or _wakeup_next() sees each call CPython's Queue makes (the engine's Queue skips
# those frames only for Queue itself), and plain Queues keep their order, waiters and counts.
import asyncio

log = []


class Logged(asyncio.Queue):
    def full(self):
        log.append("full")
        return super().full()

    def empty(self):
        log.append("empty")
        return super().empty()

    def qsize(self):
        log.append("qsize")
        return super().qsize()

    def put_nowait(self, item):
        log.append(("put_nowait", item))
        return super().put_nowait(item)

    def get_nowait(self):
        log.append("get_nowait")
        return super().get_nowait()

    def _wakeup_next(self, waiters):
        log.append(("wakeup", len(waiters)))
        return super()._wakeup_next(waiters)


class Tiny(asyncio.Queue):
    def full(self):
        # Full at one item, whatever maxsize says.
        return self.qsize() >= 1


async def drain(q, n, out):
    for _ in range(n):
        out.append(await q.get())
        q.task_done()


async def main():
    q = Logged(maxsize=2)
    await q.put("a")
    print(log)
    log.clear()
    print(await q.get(), log)
    q.task_done()
    log.clear()
    out = []
    t = asyncio.create_task(drain(q, 3, out))
    await asyncio.sleep(0)
    for x in "bcd":
        await q.put(x)
    await q.join()
    print(out, log)

    tiny = Tiny(maxsize=5)
    got = []
    t = asyncio.create_task(drain(tiny, 4, got))
    for i in range(4):
        await tiny.put(i)
        print("tiny put", i, tiny.qsize(), tiny.full())
    await tiny.join()
    print("tiny got", got, tiny.empty())

    plain = asyncio.Queue(maxsize=2)
    seen = []

    async def producer(tag):
        for i in range(3):
            await plain.put((tag, i))
            seen.append(("put", tag, i, plain.qsize()))

    async def consumer():
        for _ in range(6):
            item = await plain.get()
            seen.append(("get", item, plain.qsize()))
            plain.task_done()
            await asyncio.sleep(0)

    await asyncio.gather(producer("x"), producer("y"), consumer())
    for s in seen:
        print(s)
    print(plain.qsize(), plain.empty(), plain.full(), plain._unfinished_tasks, plain._finished.is_set())

    # A waiting getter that is cancelled hands its turn on; a waiting putter likewise.
    q2 = asyncio.Queue(maxsize=1)
    g1 = asyncio.create_task(q2.get())
    g2 = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    await q2.put("z")
    print(await g2, g1.cancelled(), q2.qsize())
    await q2.put(1)
    p1 = asyncio.create_task(q2.put(2))
    p2 = asyncio.create_task(q2.put(3))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print(q2.get_nowait(), p1.cancelled())
    await asyncio.sleep(0)
    print(q2.get_nowait(), p2.done(), q2.empty())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
