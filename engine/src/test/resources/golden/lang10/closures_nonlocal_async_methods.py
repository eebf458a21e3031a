import asyncio

def make_counter():
    count = 0
    async def bump(by=1):
        nonlocal count
        before = count
        await asyncio.sleep(0)
        count = before + by
        return count
    def peek():
        return count
    return bump, peek

class Svc:
    registry = []
    @classmethod
    async def create(cls, name):
        await asyncio.sleep(0)
        inst = cls(); inst.name = name
        cls.registry.append(name)
        return inst
    @staticmethod
    async def ping(x):
        return x * 2
    @property
    def ready(self):
        return self._ready()
    async def _ready(self):
        await asyncio.sleep(0)
        return f"{self.name} ready"

async def main():
    bump, peek = make_counter()
    r = await asyncio.gather(bump(), bump(2), bump(3))
    print(r, peek())
    print(bump.__closure__[0].cell_contents, bump.__code__.co_freevars, make_counter.__code__.co_cellvars)
    s = await Svc.create("alpha")
    print(await s.ping(21), await Svc.ping(1), await s.ready, Svc.registry)
    coro = s.ready
    print(type(coro).__name__, coro.__qualname__)
    coro.close()
    fns = [lambda i=i: i * i for i in range(3)]
    late = [lambda: i for i in range(3)]
    print([f() for f in fns], [f() for f in late])
    async def outer():
        x = "outer"
        async def inner():
            nonlocal x
            x = "changed by inner"
        await inner()
        return x
    print(await outer())
    def gen():
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    g = gen(); next(g)
    print(g.send(3), g.send(4))
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)

asyncio.run(main())
