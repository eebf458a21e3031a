import asyncio

async def shared():
    await asyncio.sleep(0.01)
    return "shared result"

async def waiter(name, coro):
    try:
        r = await coro
        print(name, "got", r)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

async def main():
    c = shared()
    await asyncio.gather(waiter("first", c), waiter("second", c))
    try:
        await c
    except RuntimeError as e:
        print("third RuntimeError:", e)

asyncio.run(main())
