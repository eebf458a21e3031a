# StopIteration raised inside a coroutine becomes RuntimeError; in a task, in a future, in gather.
import asyncio


async def stops():
    await asyncio.sleep(0)
    raise StopIteration("inner")


async def nexts():
    it = iter([])
    return next(it)


async def main():
    for make in (stops, nexts):
        t = asyncio.create_task(make())
        try:
            await t
        except RuntimeError as e:
            print(make.__name__, "RuntimeError:", e, "| cause:", repr(e.__cause__))
        print("task exception type:", type(t.exception()).__name__)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(ValueError)
    print("class made instance:", repr(f.exception()))
    res = await asyncio.gather(stops(), nexts(), return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
