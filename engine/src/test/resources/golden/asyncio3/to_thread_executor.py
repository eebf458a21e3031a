import asyncio, time

def blocking(n):
    return n * 2

async def main():
    r = await asyncio.to_thread(blocking, 21)
    print("to_thread:", r)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 5)
    print("executor:", r)
    fut = loop.run_in_executor(None, blocking, 1)
    print(type(fut).__name__, isinstance(fut, asyncio.Future))
    print(await fut)
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError:", e)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print(results)

asyncio.run(main())
