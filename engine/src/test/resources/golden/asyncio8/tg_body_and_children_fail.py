import asyncio

async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def case1():
    # body raises while children are still running
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("child", 0.01))
        await asyncio.sleep(0)
        raise KeyError("body")

async def case2():
    # a child fails first; the body is then cancelled and raises something else from its handler
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("child2"))
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise RuntimeError("body cleanup failed")

async def case3():
    # a child raises CancelledError itself
    async def fake_cancel():
        raise asyncio.CancelledError("fake")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(fake_cancel())
        u = tg.create_task(asyncio.sleep(0.01, "u"))
    return t.cancelled(), u.result()

async def case4():
    # body returns normally, children fail at different times
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("late", 0.02))
        tg.create_task(fail("early", 0.01))
        tg.create_task(asyncio.sleep(1))
    print("unreachable")

async def main():
    for case in (case1, case2, case3, case4):
        try:
            print(case.__name__, "returned", await case())
        except* KeyError as eg:
            print(case.__name__, "KeyError part", eg.exceptions)
        except* ValueError as eg:
            print(case.__name__, "ValueError part", eg.exceptions)
        except* RuntimeError as eg:
            e = eg.exceptions[0]
            print(case.__name__, "RuntimeError part", eg.exceptions, type(e.__context__).__name__)

asyncio.run(main())
