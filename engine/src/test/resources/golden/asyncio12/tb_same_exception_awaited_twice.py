# The same task exception raised at every await: its traceback grows each time.
import asyncio
import traceback

async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def first(t):
    return await t

async def second(t):
    return await t

def frames(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]

async def main():
    t = asyncio.create_task(fail())
    for waiter in (first, second, first):
        try:
            await waiter(t)
        except KeyError as e:
            print(waiter.__name__, frames(e), e is t.exception())
    try:
        t.result()
    except KeyError as e:
        print("result()", frames(e))
    e = t.exception()
    print("".join(traceback.format_exception(e)).count("File"))
    g = asyncio.gather(t, return_exceptions=True)
    print(await g)
    try:
        await asyncio.gather(t)
    except KeyError as e2:
        print("gather", frames(e2)[-3:])
    await t

asyncio.run(main())
