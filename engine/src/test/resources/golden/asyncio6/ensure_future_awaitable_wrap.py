import asyncio

class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield
        return self.n * 2

async def main():
    t = asyncio.ensure_future(Ticket(21))
    print(type(t).__name__, t.get_name(), t.get_coro().__qualname__)
    print(await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future(lambda: 1)
    except TypeError as e:
        print("TypeError:", e)
    r = await asyncio.gather(Ticket(1), Ticket(2))
    print(r)
    done, _ = await asyncio.wait([asyncio.ensure_future(Ticket(5))])
    print([d.result() for d in done])
    print(await asyncio.wait_for(Ticket(7), 1))

asyncio.run(main())
