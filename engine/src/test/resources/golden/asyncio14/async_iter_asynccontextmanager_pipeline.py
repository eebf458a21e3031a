import asyncio, contextlib, time

class Ticker:
    """Async iterator that yields a number every `delay` seconds, `count` times."""
    def __init__(self, delay, count):
        self.delay, self.count, self.i = delay, count, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

@contextlib.asynccontextmanager
async def timer(label, log):
    start = asyncio.get_running_loop().time()
    try:
        yield
    finally:
        log.append(f"{label}: at least 0.05s={asyncio.get_running_loop().time() - start >= 0.05}")

async def produce(q, n):
    async for tick in Ticker(0.01, n):
        await q.put(tick)
    await q.put(None)

async def consume(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)

async def main():
    log, out = [], []
    q = asyncio.Queue(maxsize=2)
    async with timer("pipeline", log):
        await asyncio.gather(produce(q, 5), consume(q, out))
    print(out, log)
    agen_results = [x async for x in Ticker(0, 3) if x != 2]
    print(agen_results)
    ait = aiter(Ticker(0, 2))
    print(await anext(ait), await anext(ait), await anext(ait, "done"))
    try:
        await anext(ait)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def countdown(n):
        while n:
            yield n
            n -= 1
    print([v async for v in countdown(3)], await anext(countdown(7)))
    g = countdown(2)
    print(type(g).__name__, g.__name__, await g.__anext__(), await g.asend(None))
    await g.aclose()
    print(g.ag_running, g.ag_frame)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(timer("stack", log))
        stack.push_async_callback(asyncio.sleep, 0)
        await asyncio.sleep(0.05)
    print(log[-1])

asyncio.run(main())
