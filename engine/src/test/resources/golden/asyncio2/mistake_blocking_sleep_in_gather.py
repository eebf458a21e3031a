# Common mistake: time.sleep inside coroutines makes "concurrent" work run one after another.
import asyncio
import time

log = []


async def blocking(name):
    log.append(f"{name} start")
    time.sleep(0.2)
    log.append(f"{name} end")


async def cooperative(name):
    log.append(f"{name} start")
    await asyncio.sleep(0.2)
    log.append(f"{name} end")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(blocking("a"), blocking("b"))
    t1 = loop.time()
    await asyncio.gather(cooperative("c"), cooperative("d"))
    t2 = loop.time()
    print(log)
    print("blocking took about", round(t1 - t0, 1), "cooperative about", round(t2 - t1, 1))


asyncio.run(main())
