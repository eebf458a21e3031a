import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(self.name, "connecting")
        await asyncio.sleep(1)
        print(self.name, "open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        error = exc_type.__name__ if exc_type else "no error"
        print(self.name, "closing after", error)
        await asyncio.sleep(0.5)
        return exc_type is KeyError

async def use(name, fail):
    async with Connection(name) as conn:
        print(conn.name, "working")
        if fail:
            raise KeyError(name)
        print(conn.name, "finished its work")
    print(name, "left the block")

async def main():
    await asyncio.gather(use("db", False), use("cache", True))

asyncio.run(main())
