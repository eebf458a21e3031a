import asyncio

async def square(x):
    await asyncio.sleep(0)
    if x > 1:
        raise ValueError(f"too big: {x}")
    return x * x

async def main():
    ge = (await square(v) for v in range(3))
    return [x async for x in ge]

asyncio.run(main())
