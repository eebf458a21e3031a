import asyncio, gc

async def boom(n):
    raise ValueError(f"boom {n}")

async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0)
    print("task failed, still referenced")
    del t
    print("after del")
    asyncio.create_task(boom(2))
    await asyncio.sleep(0)
    print("unreferenced task failed")
    await asyncio.sleep(0)
    print("one more turn")
    t3 = asyncio.create_task(boom(3))
    await asyncio.sleep(0)
    t3.exception()
    del t3
    print("retrieved then deleted: silent")
    t4 = asyncio.create_task(boom(4))
    await asyncio.sleep(0)
    print("t4 kept to the end")
    return t4

r = asyncio.run(main())
print("run returned", type(r).__name__)
del r
print("end of program")
