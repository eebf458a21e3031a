# asyncio.sleep: result= for every delay kind, bool and int delays, a sleep
# that is cancelled leaves no timer behind, bad delays.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0, result={"k": [1, 2]}))
    print(await asyncio.sleep(False, "bool delay"))
    print(await asyncio.sleep(1 // 100, "int zero"))
    print(await asyncio.sleep(0.001, result=None))
    t0 = loop.time()
    await asyncio.sleep(2)
    print("slept at least 2s:", loop.time() - t0 >= 2)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print("timers while sleeping:", len(loop._scheduled))
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    for bad in (None, "1"):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    c = asyncio.sleep(1)
    print(type(c).__name__, c.cr_code.co_name)
    c.close()

asyncio.run(main())
