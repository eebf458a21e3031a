import asyncio

async def greet(name):
    print("Hello,", name)
    await asyncio.sleep(1)
    print("Goodbye,", name)
    return len(name)

async def main():
    coro = greet("Ada")
    print("Created a", type(coro).__name__)
    n = await coro
    print("greet returned", n)

asyncio.run(main())
