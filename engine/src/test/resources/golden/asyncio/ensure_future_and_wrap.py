import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom'

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.iscoroutine(Awaitable()))
    fut = asyncio.wrap_future if False else None
    print(await asyncio.gather(Awaitable(), asyncio.sleep(0, 's')))

asyncio.run(main())
