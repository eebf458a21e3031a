# KeyboardInterrupt-like BaseExceptions and SystemExit raised inside tasks.
import asyncio


class Stop(BaseException):
    pass


async def raiser(exc):
    await asyncio.sleep(0)
    raise exc


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main1():
    t = asyncio.create_task(raiser(Stop("custom base")))
    try:
        await t
    except Stop as e:
        print("main1 caught", repr(e), t.done(), repr(t.exception()))


async def main2():
    t = asyncio.create_task(raiser(SystemExit(3)))
    s = asyncio.create_task(sibling())
    await asyncio.sleep(0.01)
    print("not reached?", t.done(), s.done())


async def main3():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(raiser(KeyboardInterrupt()))
    except KeyboardInterrupt as e:
        print("TaskGroup re-raised KeyboardInterrupt directly:", repr(e))


async def main4():
    r = await asyncio.gather(raiser(Stop("in gather")), sibling(), return_exceptions=True)
    print("gather", r)


asyncio.run(main1())
try:
    asyncio.run(main2())
except SystemExit as e:
    print("SystemExit out of run:", e.code)
try:
    asyncio.run(main3())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt out of run:", repr(e))
try:
    asyncio.run(main4())
except Stop as e:
    print("Stop out of run:", e)
print("end")
