import asyncio

async def add(a, b):
    print(f"add({a}, {b}) runs")
    return a + b

async def fetch():
    print("fetch starts")
    total = await add(1, 2)
    print("fetch got", total)
    return "done"

async def main():
    result = await fetch()  # await the coroutine
    print(result)

asyncio.run(main())
