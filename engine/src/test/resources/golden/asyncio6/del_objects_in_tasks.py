import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

async def worker(name, turns):
    r = Resource(name)
    for _ in range(turns):
        await asyncio.sleep(0)
    print("worker", name, "returns")
    return r.name

async def holder():
    r = Resource("held-by-cancelled")
    try:
        await asyncio.sleep(1)
    finally:
        print("holder finally")

async def main():
    t1 = asyncio.create_task(worker("a", 2))
    t2 = asyncio.create_task(worker("b", 1))
    print(await t1, await t2)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    h.cancel()
    await asyncio.gather(h, return_exceptions=True)
    print("after cancel")
    print(Resource("temp").name)
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run")
