import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1

class BadAiter:
    def __aiter__(self):
        return 5

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def main():
    print([x async for x in Countdown(3)])
    async for x in Countdown(2):
        print("tick", x)
    else:
        print("loop else runs")
    it = aiter(Countdown(1))
    print(await anext(it), await anext(it, "end"))
    try:
        async for _ in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for _ in SyncAnext():
            break
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    gen = (i async for i in Countdown(2))
    print(type(gen).__name__, [i async for i in gen])
    total = sum([i async for i in Countdown(4)])
    print(total, {i: i * i async for i in Countdown(2)})

asyncio.run(main())
