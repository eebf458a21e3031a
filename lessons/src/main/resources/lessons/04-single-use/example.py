import asyncio

async def roll():
    print("rolling...")
    await asyncio.sleep(0.1)
    return 6

async def main():
    coro = roll()
    print("first await:", await coro)
    try:
        await coro
    except RuntimeError as err:
        print("second await:", err)
    print("a fresh call:", await roll())

asyncio.run(main())
