# A token-bucket rate limiter and a sliding-window limiter, as taught; virtual times rounded.
import asyncio
import collections

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if self.updated is None:
                self.updated = now
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens < 1:
                wait = (1 - self.tokens) / self.rate
                await asyncio.sleep(wait)
                self.tokens = 0
                self.updated = loop.time()
            else:
                self.tokens -= 1

class Window:
    def __init__(self, limit, period):
        self.limit, self.period = limit, period
        self.stamps = collections.deque()

    async def __aenter__(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.period:
                self.stamps.popleft()
            if len(self.stamps) < self.limit:
                self.stamps.append(now)
                return self
            await asyncio.sleep(self.period - (now - self.stamps[0]))

    async def __aexit__(self, *exc):
        return None

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    bucket = TokenBucket(rate=100, capacity=3)
    stamps = []
    async def call(i):
        await bucket.acquire()
        stamps.append((i, (loop.time() - t0) >= 0.01 * max(0, i - 2) - 1e-9))
    await asyncio.gather(*(call(i) for i in range(7)))
    print("bucket:", stamps)

    print(repr(bucket.lock).split(" at ")[0] if " at " in repr(bucket.lock) else repr(bucket.lock)[:14])

asyncio.run(main())
