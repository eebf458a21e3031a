import asyncio

lock = asyncio.Lock()

async def rows():
    async with lock:
        print("  gen took the lock")
        try:
            for i in range(5):
                yield i
        finally:
            print("  gen finally, lock still held:", lock.locked())
    print("  gen released the lock")

async def reader(name, stop_at):
    async for r in rows():
        print(name, "row", r)
        if r == stop_at:
            break
    print(name, "left the loop; locked:", lock.locked())

async def main():
    await reader("first", 1)
    await asyncio.sleep(0)
    print("after one turn; locked:", lock.locked())
    await reader("second", 0)
    g = rows()
    print("explicit:", await anext(g), lock.locked())
    await g.aclose()
    print("after aclose; locked:", lock.locked())

asyncio.run(main())
