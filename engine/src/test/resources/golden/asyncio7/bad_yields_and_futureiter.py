import asyncio, types

class Yields:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got

@types.coroutine
def raw(value):
    return (yield value)

async def attempt(label, awaitable):
    try:
        r = await awaitable
        print(f"{label}: returned {r!r}")
    except RuntimeError as e:
        print(f"{label}: RuntimeError: {e}".replace(__file__.rsplit("/", 1)[0] + "/", ""))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, type(it).__module__, type(iter(fut)) is type(it))
    for label, aw in [("int", Yields(42)), ("str", Yields("text")), ("list", Yields([1, 2])),
                      ("None", Yields(None)), ("raw tuple", raw((1,))), ("raw None", raw(None))]:
        await asyncio.create_task(attempt(label, aw))
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    t = asyncio.create_task(attempt("foreign future", foreign))
    await t
    other.close()
    f2 = loop.create_future()
    f2._asyncio_future_blocking = False
    class Sneaky:
        def __await__(self):
            yield f2
    t2 = asyncio.create_task(attempt("future without blocking flag", Sneaky()))
    await t2

asyncio.run(main())
