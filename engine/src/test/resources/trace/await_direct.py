import asyncio

async def fetch():
    return "done"

async def main():
    result = await fetch() # await the coroutine
    print(result)

asyncio.run(main())
