import asyncio

class ListAwait:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        return iter(self.items)

class GenAwait:
    def __await__(self):
        yield
        yield
        return "gen done"

async def direct():
    c = drive()
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        out.append(("return", e.value))
    print(out)

async def drive():
    r1 = await GenAwait()
    r2 = await ListAwait([1, 2])
    return (r1, r2)

async def main():
    await direct()
    print(await GenAwait())
    try:
        await ListAwait([None, None])
        print("list of None works like sleep(0)")
        await ListAwait(["x"])
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
