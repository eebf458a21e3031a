import asyncio

class LoggingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        print("LoggingTask created", self.get_name())
    def cancel(self, msg=None):
        print("cancel requested", msg)
        return super().cancel(msg)

def factory(loop, coro, **kw):
    return LoggingTask(coro, loop=loop, **kw)

async def work(n):
    await asyncio.sleep(0)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(1), name="w1")
    print(type(t).__name__, await t)
    g = await asyncio.gather(work(2), work(3))
    print(g)
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel("bye")
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelled())
    loop.set_task_factory(None)
    t3 = asyncio.create_task(work(4))
    print(type(t3).__name__, await t3)
    t3.set_name("renamed")
    print(t3.get_name(), repr(t3).split(" coro=")[0])
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
