import asyncio

async def job(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    t1 = asyncio.create_task(job("T1"), name="T1")
    loop.call_soon(print, "callback B")
    t2 = asyncio.create_task(job("T2"), name="T2")
    print("main: before its first await")
    await asyncio.sleep(0)
    print("main: after one sleep(0)")
    await asyncio.gather(t1, t2)

asyncio.run(main())
