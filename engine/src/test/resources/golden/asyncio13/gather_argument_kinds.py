# gather() over every kind of argument: a coroutine given twice, a task, a plain future, a
# generator-based coroutine, an object with __await__; results in argument order, errors and
# cancelled children with return_exceptions, and gather on a closed loop.
import asyncio
import types


async def value(x):
    await asyncio.sleep(0)
    return x


@types.coroutine
def old_style(x):
    yield
    return x * 10


class Awaitable:
    def __init__(self, x):
        self.x = x

    def __await__(self):
        yield
        return self.x * 100


async def fails(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    c = value(1)
    t = asyncio.create_task(value(2))
    f = loop.create_future()
    loop.call_soon(f.set_result, 3)
    g = asyncio.gather(c, t, f, c, old_style(4), Awaitable(5), value(6))
    print('children:', len(g._children), g._children[0] is g._children[3])
    print('results:', await g)

    slow = asyncio.create_task(asyncio.sleep(1))
    loop.call_soon(slow.cancel, 'stop it')
    out = await asyncio.gather(value('a'), fails('bad'), slow, return_exceptions=True)
    print('with errors:', [repr(x) for x in out])

    try:
        await asyncio.gather(value('x'), fails('first'), fails('second'))
    except ValueError as e:
        print('raised:', e)
    await asyncio.sleep(0)

    empty = asyncio.gather()
    print('empty:', empty.done(), await empty)


asyncio.run(main())

closed = asyncio.new_event_loop()
closed.close()
asyncio.set_event_loop(closed)
coro = value(7)
try:
    asyncio.gather(coro)
except RuntimeError as e:
    print('closed loop:', e, coro.cr_frame is None)
asyncio.set_event_loop(None)
