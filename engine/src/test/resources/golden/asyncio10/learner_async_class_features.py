# Async methods on classes: properties, __aenter__ via classmethod factory, ABC with async abstract
# methods, __slots__, super() in async methods, async __call__
import abc
import asyncio

class Resource(abc.ABC):
    __slots__ = ("name", "_open")
    count = 0

    def __init__(self, name):
        self.name = name
        self._open = False
        type(self).count += 1

    @abc.abstractmethod
    async def fetch(self, key): ...

    @property
    def is_open(self):
        return self._open

    async def __aenter__(self):
        await asyncio.sleep(0)
        self._open = True
        return self

    async def __aexit__(self, et, ev, tb):
        self._open = False
        print(f"{self.name} closed ({et.__name__ if et else 'ok'})")
        return et is KeyError

    @classmethod
    async def create(cls, name):
        self = cls(name)
        await asyncio.sleep(0)
        return self

class Cache(Resource):
    __slots__ = ("data",)

    def __init__(self, name):
        super().__init__(name)
        self.data = {"a": 1}

    async def fetch(self, key):
        await asyncio.sleep(0)
        return self.data[key]

    async def __call__(self, *keys):
        return [await self.fetch(k) for k in keys if k in self.data]

class Loud(Cache):
    async def fetch(self, key):
        v = await super().fetch(key)
        return f"{key.upper()}={v}"

async def main():
    try:
        Resource("r")
    except TypeError as e:
        print("TypeError:", e)
    c = await Cache.create("cache")
    async with c as same:
        print(same is c, c.is_open, await c("a", "b"))
        await c.fetch("missing")
    print("suppressed KeyError; open:", c.is_open)
    try:
        async with Loud("loud") as l:
            print(await l.fetch("a"))
            raise ValueError("not suppressed")
    except ValueError as e:
        print("ValueError:", e)
    print(Resource.count, Cache.count, Loud.count)
    try:
        c.extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(asyncio.iscoroutinefunction(Cache.fetch), asyncio.iscoroutinefunction(c.__call__),
          asyncio.iscoroutinefunction(Cache.create))
    print(sorted(Resource.__abstractmethods__), Cache.__abstractmethods__)

asyncio.run(main())
