import asyncio, time
from contextlib import asynccontextmanager, AsyncExitStack
from functools import wraps

class RateLimiter:
    def __init__(self, rate: int, per: float):
        self.rate, self.per = rate, per
        self._sem = asyncio.Semaphore(rate)
        self._loop = asyncio.get_running_loop()
    async def __aenter__(self):
        await self._sem.acquire()
        return self
    async def __aexit__(self, et, ev, tb):
        self._loop.call_later(self.per, self._sem.release)
        return False
    def __repr__(self):
        return f"{type(self).__name__}(rate={self.rate}, per={self.per})"

def logged(fn):
    @wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"<- {fn.__name__}{args}")
    return wrapper

@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield {"name": name, "calls": 0}
    except ZeroDivisionError as e:
        print("session saw", repr(e))
        raise
    finally:
        print("close", name)

@logged
async def call(limiter, sess, i):
    async with limiter:
        sess["calls"] += 1
        await asyncio.sleep(0)
        if i == 4:
            return 1 / 0
        return i * i

async def main():
    limiter = RateLimiter(2, 0.02)
    print(limiter, call.__name__, call.__wrapped__.__name__)
    async with AsyncExitStack() as stack:
        s1 = await stack.enter_async_context(session("s1"))
        stack.push_async_callback(lambda: asyncio.sleep(0, result=print("async callback")))
        stack.callback(print, "sync callback")
        rs = await asyncio.gather(*(call(limiter, s1, i) for i in range(4)))
        print(rs, s1)
    try:
        async with session("s2") as s2:
            await call(limiter, s2, 4)
    except ZeroDivisionError as e:
        print("main caught", e)

asyncio.run(main())
