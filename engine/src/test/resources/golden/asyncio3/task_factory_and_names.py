import asyncio

def factory(loop, coro, **kwargs):
    print("factory for", coro.__qualname__, sorted(kwargs))
    t = asyncio.Task(coro, loop=loop, **kwargs)
    t.set_name("F-" + t.get_name())
    return t

async def small(n):
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    t = asyncio.create_task(small(1))
    print(t.get_name(), await t)
    t2 = asyncio.create_task(small(2), name="given")
    print(t2.get_name(), await t2)
    loop.set_task_factory(None)
    t3 = asyncio.create_task(small(3))
    print(t3.get_name(), await t3)
    t3.set_name(42)
    print(repr(t3.get_name()))
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
