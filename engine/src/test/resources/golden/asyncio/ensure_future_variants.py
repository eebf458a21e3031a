# ensure_future: tasks and futures unchanged, coroutines wrapped in tasks,
# awaitables wrapped, other objects refused; create_task names.
import asyncio

class Waiter:
    def __await__(self):
        yield
        return "custom"

async def co():
    return "coroutine"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(co())
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t2 = asyncio.ensure_future(co())
    print(type(t2).__name__, await t2)
    t3 = asyncio.ensure_future(Waiter())
    print(type(t3).__name__, await t3, t3.get_coro().__name__)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    t4 = asyncio.create_task(co(), name=("tuple", 1))
    print(t4.get_name())
    t4.set_name(3.5)
    print(t4.get_name(), type(t4.get_name()).__name__)
    await t4
    print(await t)
    f.cancel()

asyncio.run(main())
