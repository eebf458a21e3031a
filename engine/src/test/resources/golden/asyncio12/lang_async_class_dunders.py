# Async methods on classes: properties returning coroutines, __call__ async, classmethod factories.
import asyncio
import functools

class Conn:
    instances = 0

    def __init__(self, host):
        self.host = host
        self.open = False

    @classmethod
    async def connect(cls, host):
        self = cls(host)
        await asyncio.sleep(0)
        self.open = True
        cls.instances += 1
        return self

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        self.open = False
        print(f"  exit {self.host}: {et.__name__ if et else None}")
        return et is LookupError or (et is not None and issubclass(et, LookupError))

    @property
    async def latency(self):
        await asyncio.sleep(0)
        return len(self.host)

    async def __call__(self, q):
        return f"{self.host}?{q}"

    @staticmethod
    async def ping():
        return "pong"

    @functools.cached_property
    def label(self):
        return f"<{self.host}>"

    def __repr__(self):
        return f"Conn({self.host!r}, open={self.open})"

async def main():
    c = await Conn.connect("db")
    print(c, Conn.instances, await c.latency, await c("x=1"), await Conn.ping(), c.label)
    print(type(c.latency).__name__)
    co = c.latency
    co.close()
    async with c as same:
        print(same is c)
        raise KeyError("suppressed (LookupError)")
    print("after", c)
    try:
        async with await Conn.connect("cache") as c2:
            raise ValueError("passes")
    except ValueError as e:
        print("propagated", e, c2)
    print(asyncio.iscoroutinefunction(Conn.connect), asyncio.iscoroutinefunction(Conn.__call__),
          asyncio.iscoroutinefunction(c), asyncio.iscoroutinefunction(Conn.ping),
          asyncio.iscoroutinefunction(functools.partial(Conn.ping)))
    m = c.__aexit__
    print(m.__qualname__, m.__self__ is c)
    print(await asyncio.gather(*(Conn.connect(h) for h in "abc")))

asyncio.run(main())
