# Async iteration mistakes: returning instead of raising StopAsyncIteration, sync __next__,
# __anext__ not async, iterating twice, mixing for/async for.
import asyncio

class ReturnsNone:
    def __aiter__(self):
        return self
    async def __anext__(self):
        return None          # forgot to raise StopAsyncIteration: endless Nones

class SyncStop:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration   # wrong exception
        return self.n

class OneShot:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def agen():
    yield 1
    yield 2

async def main():
    got = []
    async for x in ReturnsNone():
        got.append(x)
        if len(got) == 3:
            break
    print("ReturnsNone:", got)
    try:
        async for x in SyncStop():
            print("SyncStop item", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    it = OneShot("ab")
    print([x async for x in it], [x async for x in it])
    g = agen()
    print([x async for x in g], [x async for x in g])
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in agen:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        list(agen())
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(sum([x async for x in agen()]), max([x async for x in agen()]))
        print(sorted(agen()))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
