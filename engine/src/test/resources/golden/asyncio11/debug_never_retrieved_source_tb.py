import asyncio

async def boom():
    raise KeyError("debug")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("dropping")
    del t
    print("dropped")
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
