# Where a learner forgets await: in an if, in a return value, in an f-string, as a callback
import asyncio

async def check():
    return False

async def fetch(n):
    return n

async def main():
    if check():
        print("truthy coroutine!")
    x = fetch(1)
    print(f"value: {type(x).__name__}")
    del x
    print("after del")
    values = [fetch(i) for i in range(2)]
    print(len(values))
    values = None
    print("list dropped")
    loop = asyncio.get_running_loop()
    loop.call_soon(fetch, 3)
    await asyncio.sleep(0)
    print("callback ran")
    r = [await fetch(i) for i in range(3)]
    print(r)
    asyncio.sleep(1)
    print("end of main")

asyncio.run(main())
