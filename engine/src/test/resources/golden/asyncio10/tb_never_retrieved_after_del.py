# Task exception was never retrieved: timing when the last reference goes away at different points
import asyncio
import gc

async def boom(tag):
    raise ValueError(tag)

async def main():
    t = asyncio.create_task(boom("dropped-after-done"))
    await asyncio.sleep(0)
    print("before del")
    del t
    print("after del")
    t = asyncio.create_task(boom("retrieved"))
    await asyncio.sleep(0)
    print("exc:", repr(t.exception()))
    del t
    ts = [asyncio.create_task(boom(f"list {i}")) for i in range(2)]
    await asyncio.sleep(0)
    print("clearing list")
    ts.clear()
    print("cleared")
    t = asyncio.create_task(boom("rebound"))
    await asyncio.sleep(0)
    t = None
    print("rebound to None")
    t = asyncio.create_task(boom("cancelled-result"))
    t.cancel()
    await asyncio.sleep(0)
    del t
    print("cancelled one dropped silently")
    gc.collect()
    print("end of main")

asyncio.run(main())
print("after run")
