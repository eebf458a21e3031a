# gather with no arguments, the same task twice, the same coroutine object twice, mixed awaitables.
import asyncio

calls = []


async def job(n):
    calls.append(n)
    await asyncio.sleep(0)
    return n * 10


async def main():
    print(await asyncio.gather())
    t = asyncio.create_task(job(1))
    print(await asyncio.gather(t, t, t))
    c = job(2)
    print(await asyncio.gather(c, c))
    print("calls:", calls)
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    print(await asyncio.gather(job(3), f, asyncio.sleep(0, "s"), t))
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())


asyncio.run(main())
