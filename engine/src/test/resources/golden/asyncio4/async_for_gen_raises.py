import asyncio

async def numbers(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i
        await asyncio.sleep(0)

async def consumer():
    total = 0
    async for x in numbers(5):
        print("got", x)
        total += x
    return total

async def main():
    try:
        await consumer()
    except ValueError as e:
        print("caught:", e, type(e.__traceback__).__name__)
    t = asyncio.create_task(consumer(), name="consumer-task")
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    print("now uncaught:")
    await consumer()

asyncio.run(main())
