# A Future subclass awaited by a task: the task calls its Python methods, overrides included.
import asyncio


class Loud(asyncio.Future):
    def add_done_callback(self, fn, **kw):
        print("  add_done_callback", sorted(kw), fn.__qualname__)
        super().add_done_callback(fn, **kw)

    def cancel(self, *a, **k):
        print("  cancel", a, k)
        return super().cancel(*a, **k)

    def get_loop(self):
        print("  get_loop")
        return super().get_loop()

    def result(self):
        print("  result")
        return super().result()

    def __getattribute__(self, n):
        if n.startswith("_asyncio"):
            print("  getattr", n)
        return super().__getattribute__(n)


class OnlyPositionalCancel(asyncio.Future):
    def cancel(self, msg=None):
        print("  cancel got", repr(msg))
        return super().cancel(msg)


async def wait_on(f):
    return await f


async def main():
    print("await pending subclass, then cancel the task")
    f = Loud()
    t = asyncio.create_task(wait_on(f))
    await asyncio.sleep(0)
    print("  waiter is f:", t._fut_waiter is f)
    t.cancel("m")
    await asyncio.sleep(0)
    print(await asyncio.gather(t, return_exceptions=True), f.cancelled())

    print("await subclass that gets a result")
    f2 = Loud()
    t2 = asyncio.create_task(wait_on(f2))
    await asyncio.sleep(0)
    f2.set_result(3)
    print(await t2)

    print("already done subclass")
    f3 = Loud()
    f3.set_result(4)
    print(await asyncio.create_task(wait_on(f3)))

    print("cancel before the first step")
    f4 = OnlyPositionalCancel()
    t4 = asyncio.create_task(wait_on(f4))
    t4.cancel("early")
    await asyncio.sleep(0)
    print(t4.done(), f4.cancelled())
    r = await asyncio.gather(t4, return_exceptions=True)
    print(repr(r[0]))

    print("cancel while waiting")
    f5 = OnlyPositionalCancel()
    t5 = asyncio.create_task(wait_on(f5))
    await asyncio.sleep(0)
    t5.cancel("late")
    r = await asyncio.gather(t5, return_exceptions=True)
    print(repr(r[0]))

    print("subclass set_exception")
    f6 = Loud()
    t6 = asyncio.create_task(wait_on(f6))
    await asyncio.sleep(0)
    f6.set_exception(KeyError("k"))
    try:
        await t6
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
