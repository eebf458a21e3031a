import asyncio

class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        print("LoggingTask.cancel", self.get_name(), msg)
        return super().cancel(msg)

def factory(loop, coro, **kw):
    print("factory for", coro.__qualname__, sorted(kw))
    return LoggingTask(coro, loop=loop, **kw)

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    t = asyncio.create_task(child(0.01), name="kid")
    print(type(t).__name__, t.get_name())
    t2 = asyncio.ensure_future(child(0.02))
    print(type(t2).__name__)
    r = await asyncio.gather(t, t2, child(0))
    print(r)
    t3 = asyncio.create_task(child(1))
    await asyncio.sleep(0)
    t3.cancel("bye")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3", e.args)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError", e)
    loop.set_task_factory(None)
    print(type(asyncio.create_task(child(0))).__name__)
    print(asyncio.Task.__module__, asyncio.Future.__module__, LoggingTask.__mro__[1:])

asyncio.run(main())
