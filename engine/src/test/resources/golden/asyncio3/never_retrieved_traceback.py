import asyncio, gc

async def worker(n):
    await asyncio.sleep(0)
    return [1, 2][n]

async def main():
    t = asyncio.create_task(worker(5))
    await asyncio.sleep(0.01)
    print("worker done:", t.done())
    del t
    gc.collect()
    print("after del")

asyncio.run(main())
print("end")
