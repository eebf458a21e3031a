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
        return self.n

async def reader(name, n):
    async for v in Countdown(n):
        print(name, v)
    return [v async for v in Countdown(2)]

async def main():
    print(await asyncio.gather(reader('p', 2), reader('q', 3)))
    it = aiter(Countdown(1))
    print(await anext(it), await anext(it, 'end'))

asyncio.run(main())
