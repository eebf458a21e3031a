import asyncio

async def runner(name, start):
    print(name, "is ready")
    await start.wait()
    print(name, "runs!")

async def main():
    start = asyncio.Event()
    ann = asyncio.create_task(runner("ann", start), name="ann")
    bob = asyncio.create_task(runner("bob", start), name="bob")
    await asyncio.sleep(1)
    print("main: ready, steady...")
    start.set()
    print("main: go! is_set =", start.is_set())
    await asyncio.gather(ann, bob)
    await start.wait()
    print("main: the event is still set")

asyncio.run(main())
