import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise LookupError(f"item {n}")

async def main():
    global keep
    keep = [asyncio.create_task(bad(i), name=f"bad-{i}") for i in range(2)]
    await asyncio.sleep(0.001)
    print("main returns; tasks failed:", [t.done() for t in keep])

asyncio.run(main())
print("after run")
keep = None
print("end")
