import asyncio, types

@types.coroutine
def bad_yield(v):
    yield v

class Weird:
    def __await__(self):
        yield 123

async def main():
    loop = asyncio.get_running_loop()
    for v in (5, None, "str"):
        t = asyncio.create_task(bad_yield(v)) if v is not None else None
        if t is None:
            await bad_yield(None)
            print("bare yield None is a plain tick")
            continue
        try:
            await t
        except RuntimeError as e:
            print("RuntimeError", str(e).split(" coro=")[0], "...", str(e).split(">: ")[-1] if ">: " in str(e) else "")
    try:
        await asyncio.create_task(Weird().__await__().__next__() and asyncio.sleep(0))
    except Exception as e:
        print(type(e).__name__, e)
    async def selfawait():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(selfawait())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e)[:30])
    other = asyncio.new_event_loop()
    f = other.create_future()
    try:
        await f
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" got ")[0][:12], "got Future", "attached to a different loop" in str(e))
    other.close()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    fut.cancel()
    def gen():
        x = yield from asyncio.sleep(0, result="yf")
        return x
    try:
        print(await gen())
    except TypeError as e:
        print("TypeError", e)
    print(await types.coroutine(gen)())

asyncio.run(main())
