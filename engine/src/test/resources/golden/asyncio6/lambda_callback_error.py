import asyncio

async def work():
    await asyncio.sleep(0)
    return 7

def bad(fut):
    raise KeyError("k")

async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(lambda f: print("first callback", f.result()))
    t.add_done_callback(lambda f: 1 / 0)
    t.add_done_callback(bad)
    t.add_done_callback(lambda f: print("last callback still runs"))
    await t
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: [].pop())
    loop.call_soon(print, "after failing call_soon")
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
