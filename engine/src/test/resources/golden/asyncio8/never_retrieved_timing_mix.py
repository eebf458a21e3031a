import asyncio
import gc

async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")

async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.01)
    print("t done", t.done())
    del t
    print("after del t")
    t2 = asyncio.create_task(boom(2))
    await asyncio.sleep(0.01)
    t2.exception()
    del t2
    print("after del t2 (retrieved)")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    fut = None
    print("after fut=None")
    asyncio.create_task(boom(3))
    await asyncio.sleep(0.01)
    print("before gc")
    gc.collect()
    print("main end")

asyncio.run(main())
print("after run")
