import asyncio

async def gen(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"{name} finally start")
        await asyncio.sleep(0)
        print(f"{name} finally end")

holder = []

async def main():
    g1 = gen("g1", 10)
    g2 = gen("g2", 10)
    print(await g1.__anext__())
    print(await g2.__anext__())
    await g2.__anext__()
    holder.append(g1)
    del g2
    print("g2 dropped")
    g3 = gen("g3", 3)
    async for x in g3:
        pass
    async def side():
        try:
            await asyncio.sleep(10)
        finally:
            print("side cancelled; g1 still open:", g1.ag_frame is not None)
    asyncio.create_task(side())
    await asyncio.sleep(0)
    print("main returns")
    return "ret"

print(asyncio.run(main()))
print("after run")
