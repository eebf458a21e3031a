# A class with a __repr__ that prints and counts: the recording must never call it.
import asyncio

calls = 0


class Loud:
    def __repr__(self):
        global calls
        calls += 1
        print("repr called")
        return "Loud()"


x = Loud()
items = [Loud(), Loud()]
d = {"k": Loud()}
print(calls)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, Loud())
    r = await fut
    t = asyncio.create_task(asyncio.sleep(0, Loud()))
    await t
    fut2 = loop.create_future()
    fut2.cancel(Loud())
    try:
        await fut2
    except asyncio.CancelledError:
        pass
    print(calls)


asyncio.run(main())
print(calls)
