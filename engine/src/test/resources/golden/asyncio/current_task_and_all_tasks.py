import asyncio

async def child():
    t = asyncio.current_task()
    await asyncio.sleep(0)
    return t.get_name()

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__)
    ts = [asyncio.create_task(child(), name=f'kid{i}') for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ts[0].set_name(123)
    print(repr(ts[0].get_name()))
    print(asyncio.current_task() is me)

print(asyncio.current_task.__module__ if False else 'start')
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
asyncio.run(main())
asyncio.run(main())
