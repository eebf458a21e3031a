import asyncio

async def risky():
    await asyncio.sleep(1)
    raise ValueError("disk full")

async def main():
    asyncio.create_task(risky())
    await asyncio.sleep(2)
    print("main: everything fine?")

asyncio.run(main())
print("the program ends with status 0")
